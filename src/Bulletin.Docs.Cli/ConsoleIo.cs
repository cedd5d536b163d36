namespace Bulletin.Docs.Cli;

/// <summary>Where the tool reads and writes: the real console, or strings in the tests.</summary>
internal class ConsoleIo
{
    /// <summary>Standard output for text (paths written, reports).</summary>
    public virtual TextWriter Out => Console.Out;

    /// <summary>Standard error: problems and progress.</summary>
    public virtual TextWriter Error => Console.Error;

    /// <summary>Standard output as bytes, for <c>-o -</c>.</summary>
    public virtual Stream OpenStandardOutput() => Console.OpenStandardOutput();

    /// <summary>True when standard error is a terminal: progress bars then, plain lines otherwise.</summary>
    public virtual bool Interactive => !Console.IsErrorRedirected && !Console.IsOutputRedirected;

    /// <summary>The folder relative paths start from.</summary>
    public virtual string CurrentDirectory => Environment.CurrentDirectory;
}
