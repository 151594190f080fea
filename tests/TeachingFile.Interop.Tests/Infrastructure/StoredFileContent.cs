namespace TeachingFile.Interop.Tests.Infrastructure;

/// <summary>The SOP Instance UID of a stored file, the generated instance it holds, or why it could not be read.</summary>
internal sealed record StoredFileContent(string? SopInstanceUid, GeneratedInstance? Source, string? Error);
