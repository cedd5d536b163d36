namespace Bulletin.Docs;

/// <summary>Writes a file through a temporary file in the same folder and a final move.</summary>
internal static class AtomicFile
{
    public static void Write(string path, Action<Stream> write)
    {
        var fullPath = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(fullPath) ?? throw new ArgumentException($"'{path}' has no folder.", nameof(path));
        // The temporary name must be unique among concurrent writers, but never reaches the output.
        var temporary = Path.Combine(folder, $".{Path.GetFileName(fullPath)}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, fullPath, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
