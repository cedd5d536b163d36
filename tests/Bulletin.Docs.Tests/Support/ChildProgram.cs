using System.Diagnostics;
using System.Globalization;

namespace Bulletin.Docs.Tests.Support;

/// <summary>
/// The test assembly's entry point, so a test can run the library in a child process
/// (<c>dotnet Bulletin.Docs.Tests.dll COMMAND …</c>) with its own time zone and culture, or kill
/// it in the middle of a write. The test host never calls it.
/// </summary>
public static class ChildProgram
{
    /// <summary>Runs one command; returns the exit code.</summary>
    public static int Main(string[] args)
    {
        switch (args)
        {
            case ["environment"]:
                Console.WriteLine($"{CultureInfo.CurrentCulture.Name} {TimeZoneInfo.Local.Id}");
                return 0;
            case ["docx", var output]:
                File.WriteAllBytes(output, BulletinDocx.ToBytes(DeterminismDocument(), DeterminismOptions()));
                return 0;
            case ["pdf", var output]:
                File.WriteAllBytes(output, BulletinPdf.ToBytes(DeterminismDocument(), DeterminismOptions() with { Fonts = global::Bulletin.Docs.Fonts.DefaultFonts.CreateRegistry() }));
                return 0;
            case ["hang-in-write", var target, var ready]:
                // Writes part of a file, says so, then waits to be killed in the middle of the write.
                AtomicFile.Write(target, stream =>
                {
                    stream.Write(new byte[100_000]);
                    stream.Flush();
                    File.WriteAllText(ready, Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
                    Thread.Sleep(Timeout.Infinite);
                });
                return 1;
            default:
                Console.Error.WriteLine($"unknown command: {string.Join(' ', args)}");
                return 2;
        }
    }

    /// <summary>Runs this assembly as a child process with <paramref name="environment"/> and waits for it.</summary>
    internal static ToolRun Run(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = Start(environment, args);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the child");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
        }

        process.WaitForExit();
        return new ToolRun(string.Join(' ', start.ArgumentList), process.ExitCode, output.Result, error.Result);
    }

    /// <summary>The start info that runs this assembly with <paramref name="args"/>.</summary>
    internal static ProcessStartInfo Start(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(ChildProgram).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return start;
    }

    /// <summary>Every element, with dates whose offset differs from both test time zones.</summary>
    private static Model.BulletinDocument DeterminismDocument() => EveryElementBulletin.Create(new Model.DocumentMetadata
    {
        Title = "工作简报 第3期",
        Author = "太原市人民政府办公室",
        Keywords = ["科技创新"],
        Created = new DateTimeOffset(2025, 1, 7, 23, 30, 0, TimeSpan.FromHours(8)),
        Modified = new DateTimeOffset(2025, 3, 9, 1, 59, 59, TimeSpan.FromHours(-5)),
    });

    private static BulletinOptions DeterminismOptions() => new() { Theme = Docs.Theme.BulletinThemes.WorkBulletin };
}
