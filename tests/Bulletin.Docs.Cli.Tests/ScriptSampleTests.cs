using System.Diagnostics;
using NUnit.Framework;

namespace Bulletin.Docs.Cli.Tests;

/// <summary>The .NET 10 file-based script sample (samples/script/release.cs) runs as a press office would run it.</summary>
public sealed class ScriptSampleTests
{
    [Test]
    [Category("Script")]
    public void Dotnet_run_release_cs_writes_word_pdf_and_json_the_tool_renders_again()
    {
        using var folder = new TempFolder();
        File.Copy(Path.Combine(Repository.Root, "samples", "script", "release.txt"), Path.Combine(folder.Path, "release.txt"));
        var (exit, output) = RunScript(folder.Path, "release.txt", "太原市互联网协会", "2025-01-05");
        Assert.That(exit, Is.Zero, output);

        Assert.That(File.ReadAllBytes(Path.Combine(folder.Path, "release.pdf")).Take(5), Is.EqualTo("%PDF-"u8.ToArray()));
        Assert.That(new FileInfo(Path.Combine(folder.Path, "release.docx")).Length, Is.GreaterThan(1000));
        // --docx alone lays out as the script does, so its Word file carries the same page make-up.
        var again = TestIo.Run(folder.Path, "render", "release.json", "--docx", "-o", "again");
        Assert.That(again.Exit, Is.EqualTo(ExitCodes.Success), again.Io.Errors);
        Assert.That(File.ReadAllBytes(Path.Combine(folder.Path, "again", "release.docx")), Is.EqualTo(File.ReadAllBytes(Path.Combine(folder.Path, "release.docx"))));
    }

    [TestCase("", "2025-01-05", "release.txt holds no headline")]
    [TestCase("标题\n正文。\n", "2025/1/5", "'2025/1/5' is not a date written yyyy-mm-dd")]
    [Category("Script")]
    public void Dotnet_run_release_cs_explains_an_empty_release_or_a_bad_date_without_a_stack_trace(string text, string date, string expected)
    {
        using var folder = new TempFolder();
        folder.Write("release.txt", text);

        var (exit, output) = RunScript(folder.Path, "release.txt", "太原市互联网协会", date);

        Assert.That(exit, Is.EqualTo(2), output);
        Assert.That(output, Does.Contain(expected).And.Not.Contain("   at "), output);
        Assert.That(Directory.GetFiles(folder.Path), Has.Length.EqualTo(1), "nothing written");
    }

    private static (int Exit, string Output) RunScript(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "run", Path.Combine(Repository.Root, "samples", "script", "release.cs"), "--" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.That(process.WaitForExit(TimeSpan.FromMinutes(5)), Is.True, "dotnet run release.cs did not finish");
        return (process.ExitCode, output.Result + error.Result);
    }
}
