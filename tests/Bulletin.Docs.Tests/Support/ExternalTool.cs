using System.Diagnostics;
using NUnit.Framework;

namespace Bulletin.Docs.Tests.Support;

/// <summary>
/// Finds and runs the external programs some tests check our output with (LibreOffice, poppler,
/// qpdf). A missing program ignores the test with the command that installs it, unless
/// <c>BULLETIN_REQUIRE_TOOLS=1</c> (set by <c>.ci/run</c>), which turns it into a failure.
/// </summary>
internal static class ExternalTool
{
    /// <summary>Set to <c>1</c> to fail, not ignore, tests whose tools are missing.</summary>
    public const string RequireVariable = "BULLETIN_REQUIRE_TOOLS";

    /// <summary>The default time a tool may take before it is killed and the test fails.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(2);

    // Program names to look for on PATH, and the Debian package that provides them.
    private static readonly Dictionary<string, (string[] Names, string Package)> Tools = new(StringComparer.Ordinal)
    {
        ["soffice"] = (["soffice", "libreoffice"], "libreoffice-writer"),
        ["pdftotext"] = (["pdftotext"], "poppler-utils"),
        ["pdffonts"] = (["pdffonts"], "poppler-utils"),
        ["pdftoppm"] = (["pdftoppm"], "poppler-utils"),
        ["pdfinfo"] = (["pdfinfo"], "poppler-utils"),
        ["pdfimages"] = (["pdfimages"], "poppler-utils"),
        ["qpdf"] = (["qpdf"], "qpdf"),
    };

    /// <summary>Whether missing tools fail tests rather than ignore them.</summary>
    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>
    /// The full path of <paramref name="tool"/> (soffice, pdftotext, pdffonts, pdftoppm, qpdf); ignores
    /// or fails the calling test when it is not on PATH.
    /// </summary>
    public static string Require(string tool)
    {
        if (!Tools.TryGetValue(tool, out var known))
        {
            throw new ArgumentException($"Unknown tool '{tool}'; known: {string.Join(", ", Tools.Keys)}.", nameof(tool));
        }

        foreach (var name in known.Names)
        {
            if (FindOnPath(name) is { } path)
            {
                return path;
            }
        }

        var message = $"'{tool}' is not on PATH; install with: apt-get install {known.Package}";
        if (Required)
        {
            Assert.Fail($"{message} ({RequireVariable}=1 makes missing tools a failure).");
        }

        Assert.Ignore(message);
        throw new UnreachableException();
    }

    /// <summary>The full path of an executable called <paramref name="name"/> on PATH, or <c>null</c>.</summary>
    public static string? FindOnPath(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// Runs <paramref name="tool"/> (found with <see cref="Require"/>) and returns what it printed.
    /// Kills it and fails the test when it takes longer than <paramref name="timeout"/>.
    /// </summary>
    public static ToolRun Run(string tool, IEnumerable<string> arguments, TimeSpan? timeout = null, string? workingDirectory = null) =>
        RunProgram(Require(tool), arguments, timeout ?? DefaultTimeout, workingDirectory);

    /// <summary>Runs any program by path with a timeout and captures its output.</summary>
    /// <param name="program">The executable.</param>
    /// <param name="arguments">Its arguments.</param>
    /// <param name="timeout">How long it may run.</param>
    /// <param name="workingDirectory">Its working directory; ours when <c>null</c>.</param>
    /// <param name="environment">Variables to set for it (TZ, LANG…).</param>
    public static ToolRun RunProgram(string program, IEnumerable<string> arguments, TimeSpan timeout, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var commandLine = string.Join(' ', new[] { program }.Concat(start.ArgumentList).Select(Quote));
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {commandLine}.");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Assert.Fail($"Timed out after {timeout.TotalSeconds:0} s: {commandLine}\n--- stdout ---\n{output.Result}\n--- stderr ---\n{error.Result}");
        }

        process.WaitForExit();
        return new ToolRun(commandLine, process.ExitCode, output.Result, error.Result);
    }

    /// <summary>
    /// Converts <paramref name="document"/> to PDF with LibreOffice into <paramref name="outputDirectory"/>
    /// and returns the PDF's path. Each call gets its own LibreOffice profile, so conversions can run
    /// in parallel (one profile can be used by one soffice process only).
    /// </summary>
    /// <param name="document">The document to convert.</param>
    /// <param name="outputDirectory">Where the PDF goes.</param>
    /// <param name="timeout">How long LibreOffice may take; 3 minutes when <c>null</c>.</param>
    /// <param name="fontConfig">A fontconfig file LibreOffice finds its fonts with (FONTCONFIG_FILE), or <c>null</c> for the system's.</param>
    public static string ConvertToPdf(string document, string outputDirectory, TimeSpan? timeout = null, string? fontConfig = null)
    {
        var soffice = Require("soffice");
        var profile = Directory.CreateTempSubdirectory("bulletin-lo-profile-");
        try
        {
            var run = RunProgram(
                soffice,
                [
                    $"-env:UserInstallation={new Uri(profile.FullName + "/").AbsoluteUri}",
                    "--headless",
                    "--norestore",
                    "--nolockcheck",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    outputDirectory,
                    document,
                ],
                timeout ?? TimeSpan.FromMinutes(3),
                environment: fontConfig is null ? null : new Dictionary<string, string> { ["FONTCONFIG_FILE"] = fontConfig });
            var pdf = Path.Combine(outputDirectory, Path.GetFileNameWithoutExtension(document) + ".pdf");
            Assert.That(run.ExitCode == 0 && File.Exists(pdf), Is.True, $"LibreOffice did not convert {document} to PDF.\n{run}");
            return pdf;
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    /// <summary>
    /// The text of a PDF as poppler's pdftotext reads it (UTF-8): in its reading order, or in
    /// content-stream order with <paramref name="raw"/> (<c>-raw</c>).
    /// </summary>
    public static string PdfToText(string pdf, bool raw = false)
    {
        var run = Run("pdftotext", raw ? ["-raw", "-enc", "UTF-8", pdf, "-"] : ["-enc", "UTF-8", pdf, "-"]);
        Assert.That(run.ExitCode, Is.Zero, $"pdftotext failed on {pdf}.\n{run}");
        return run.StandardOutput;
    }

    private static string Quote(string argument) =>
        argument.Length > 0 && !argument.Any(char.IsWhiteSpace) && !argument.Contains('"') ? argument : $"\"{argument.Replace("\"", "\\\"")}\"";
}
