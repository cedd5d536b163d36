namespace Bulletin.Docs.Cli;

/// <summary>The tool's exit codes (README "Exit codes").</summary>
internal static class ExitCodes
{
    /// <summary>Everything was written (or, for validate, no problem was found).</summary>
    public const int Success = 0;

    /// <summary>An input has problems; each was printed as file:line:column: message and nothing was written for that input.</summary>
    public const int InputProblems = 1;

    /// <summary>The command line is wrong (unknown option, missing file argument, -o - with several outputs).</summary>
    public const int Usage = 2;

    /// <summary>A file could not be read or written (missing input, no permission, disk full).</summary>
    public const int IoError = 3;

    /// <summary>A bug in the tool: the message asks for a report.</summary>
    public const int InternalError = 4;
}
