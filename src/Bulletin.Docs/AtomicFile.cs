using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;

namespace Bulletin.Docs;

/// <summary>
/// Writes a file through a temporary file beside it and a final rename, so readers see the old
/// file or the new one, never a part. What it keeps and leaves:
/// <list type="bullet">
/// <item>The target's permission bits (Unix mode) are given to the new file; a new file gets the
/// usual mode for new files (0666 less the umask). The owner and group become the writing
/// process's, as for any file replaced by renaming (.NET has no portable way to change them).</item>
/// <item>A symlink at the target is followed (to its final target, even when that does not exist
/// yet): the file it points to is replaced and the link stays.</item>
/// <item>The temporary name is short and independent of the target's
/// (<c>.bulletin-{pid}-{8 hex}.tmp</c>, at most 34 bytes), so any legal target name works.</item>
/// <item>On failure the temporary file is deleted and the target is unchanged. A process killed
/// mid-write leaves its temporary file; the next write into the same folder deletes temporary
/// files of this pattern whose process is no longer running and that are older than
/// <see cref="StaleAfter"/> (best effort: a file that cannot be deleted is left alone).</item>
/// </list>
/// </summary>
internal static class AtomicFile
{
    /// <summary>How old a dead process's temporary file must be before another write deletes it.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(10);

    private const UnixFileMode PermissionBits = (UnixFileMode)0b111_111_111;

    private const string Prefix = ".bulletin-";
    private const string Suffix = ".tmp";

    public static void Write(string path, Action<Stream> write)
    {
        var target = FinalTarget(Path.GetFullPath(path));
        var folder = Path.GetDirectoryName(target) ?? throw new ArgumentException($"'{path}' has no folder.", nameof(path));
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"Cannot write '{path}': the folder '{folder}' does not exist.");
        }

        RemoveStaleTemporaries(folder);

        var mode = OperatingSystem.IsWindows() || !File.Exists(target) ? (UnixFileMode?)null : File.GetUnixFileMode(target);
        string temporary;
        FileStream stream;
        try
        {
            (temporary, stream) = CreateTemporary(folder, mode);
        }
        catch (UnauthorizedAccessException exception)
        {
            // The caller named the target, not our temporary file beside it.
            throw new UnauthorizedAccessException($"Cannot write '{path}': no permission to create a file in '{folder}'.", exception);
        }

        try
        {
            using (stream)
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>The temporary file name pattern's name for <paramref name="processId"/>.</summary>
    internal static string TemporaryName(int processId, string random) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}{processId}-{random}{Suffix}");

    /// <summary>The file a path finally names: symlinks are followed, a missing target is the path itself.</summary>
    private static string FinalTarget(string fullPath)
    {
        var info = new FileInfo(fullPath);
        if (info.LinkTarget is null)
        {
            return fullPath;
        }

        // A dangling link still resolves to the path the file should get.
        return info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? fullPath;
    }

    private static (string Path, FileStream Stream) CreateTemporary(string folder, UnixFileMode? mode)
    {
        for (var attempt = 0; ; attempt++)
        {
            var temporary = Path.Combine(folder, TemporaryName(Environment.ProcessId, RandomNumberGenerator.GetHexString(8, lowercase: true)));
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows() && mode is { } unixMode)
            {
                // Created with the target's mode, so the new content is never readable by more users than the old.
                // (Only permission bits may be given at creation; setuid, setgid and sticky follow below.)
                options.UnixCreateMode = unixMode & PermissionBits;
            }

            try
            {
                var stream = new FileStream(temporary, options);
                if (!OperatingSystem.IsWindows() && mode is { } created)
                {
                    // The umask may have removed bits from UnixCreateMode; set them exactly.
                    File.SetUnixFileMode(stream.SafeFileHandle, created);
                }

                return (temporary, stream);
            }
            catch (IOException) when (attempt < 3 && File.Exists(temporary))
            {
                // Another writer drew the same random name: draw again.
            }
        }
    }

    /// <summary>
    /// Deletes this library's temporary files in <paramref name="folder"/> that a process which is
    /// no longer running left more than <see cref="StaleAfter"/> ago. Never fails the write.
    /// </summary>
    private static void RemoveStaleTemporaries(string folder)
    {
        try
        {
            var now = DateTime.UtcNow;
            foreach (var file in Directory.EnumerateFiles(folder, Prefix + "*" + Suffix))
            {
                if (OwnerProcess(Path.GetFileName(file)) is { } pid && pid != Environment.ProcessId && !IsRunning(pid)
                    && now - File.GetLastWriteTimeUtc(file) > StaleAfter)
                {
                    File.Delete(file);
                }
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // Cleaning up is a courtesy; the write itself must not fail because of it.
        }
    }

    /// <summary>The process id in a temporary name of ours (<c>.bulletin-{pid}-{hex}.tmp</c>), or null.</summary>
    internal static int? OwnerProcess(string name)
    {
        if (!name.StartsWith(Prefix, StringComparison.Ordinal) || !name.EndsWith(Suffix, StringComparison.Ordinal))
        {
            return null;
        }

        var middle = name.AsSpan(Prefix.Length, name.Length - Prefix.Length - Suffix.Length);
        var dash = middle.IndexOf('-');
        return dash > 0 && middle.Length - dash - 1 == 8 && int.TryParse(middle[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
