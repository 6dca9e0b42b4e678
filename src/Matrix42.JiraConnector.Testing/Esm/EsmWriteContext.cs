namespace Matrix42.JiraConnector.Testing.Esm;

/// <summary>What value validation needs to know about the write in progress.</summary>
/// <param name="Store">The tenant, to resolve references.</param>
/// <param name="Author">The login that writes; becomes the author of new worklog entries.</param>
/// <param name="Now">The current time; becomes the date of new worklog entries.</param>
/// <param name="Seeding">Whether a test seeds the data (worklog author and date are then kept as given).</param>
internal sealed record EsmWriteContext(EsmStore Store, string Author, DateTimeOffset Now, bool Seeding);
