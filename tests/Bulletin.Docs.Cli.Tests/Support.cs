using System.Text;
using NUnit.Framework;

namespace Bulletin.Docs.Cli.Tests;

/// <summary>The repository's folders, found upwards from the test assembly.</summary>
internal static class Repository
{
    public static string Root
    {
        get
        {
            for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Bulletin.Docs.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("Bulletin.Docs.sln not found above the test assembly.");
        }
    }

    public static string Samples => Path.Combine(Root, "samples", "markdown");

    /// <summary>Whether this run rewrites generated files (as the snapshot tests do): BULLETIN_ACCEPT_SNAPSHOTS=1 outside CI.</summary>
    public static bool Accept =>
        Environment.GetEnvironmentVariable("BULLETIN_ACCEPT_SNAPSHOTS") == "1"
        && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}

/// <summary>Runs the tool in-process with captured output, in a folder of its own.</summary>
internal sealed class TestIo(string directory, bool interactive = false) : ConsoleIo
{
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    public MemoryStream Binary { get; } = new();

    public override TextWriter Out => output;

    public override TextWriter Error => error;

    public override bool Interactive => interactive;

    public override string CurrentDirectory => directory;

    public string Output => output.ToString();

    public string Errors => error.ToString();

    public override Stream OpenStandardOutput() => new NonClosing(Binary);

    public static (int Exit, TestIo Io) Run(string directory, params string[] args)
    {
        var io = new TestIo(directory);
        var exit = BulletinCli.Run(args, io);
        return (exit, io);
    }

    private sealed class NonClosing(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}

/// <summary>A temporary folder removed at the end of a test.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Path = Directory.CreateTempSubdirectory("bulletin-cli-").FullName;

    public string Path { get; }

    public string Write(string name, string text)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
