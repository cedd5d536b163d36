namespace Bulletin.Docs.Tests.Support;

/// <summary>What a finished external program left: its exit code and everything it printed.</summary>
internal sealed record ToolRun(string CommandLine, int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>The whole run, for failure messages.</summary>
    public override string ToString() =>
        $"$ {CommandLine}\nexit code {ExitCode}\n--- stdout ---\n{StandardOutput}\n--- stderr ---\n{StandardError}";
}
