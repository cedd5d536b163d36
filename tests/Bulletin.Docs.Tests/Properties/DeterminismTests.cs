using Bulletin.Docs.Tests.Support;
using NUnit.Framework;

namespace Bulletin.Docs.Tests.Properties;

/// <summary>
/// Same input, same bytes, whatever the machine's time zone and culture: each file is written by a
/// child process (<see cref="ChildProgram"/>) started with TZ and LANG/LC_ALL set.
/// </summary>
public sealed class DeterminismTests
{
    private static readonly Dictionary<string, string> NewYorkTurkish = Environment("America/New_York", "tr_TR.UTF-8");
    private static readonly Dictionary<string, string> ShanghaiChinese = Environment("Asia/Shanghai", "zh_CN.UTF-8");

    [Test]
    public void The_children_really_run_in_those_time_zones_and_cultures()
    {
        Assert.That(Run(NewYorkTurkish, "environment").StandardOutput.Trim(), Is.EqualTo("tr-TR America/New_York"));
        Assert.That(Run(ShanghaiChinese, "environment").StandardOutput.Trim(), Is.EqualTo("zh-CN Asia/Shanghai"));
    }

    [Test]
    public void Docx_bytes_are_the_same_in_any_time_zone_and_culture() => AssertSameBytes("docx");

    [Test]
    public void Pdf_bytes_are_the_same_in_any_time_zone_and_culture() => AssertSameBytes("pdf");

    private static void AssertSameBytes(string format)
    {
        var folder = Directory.CreateTempSubdirectory("bulletin-determinism-");
        try
        {
            var first = Path.Combine(folder.FullName, "new-york-tr." + format);
            var second = Path.Combine(folder.FullName, "shanghai-zh." + format);
            Run(NewYorkTurkish, format, first);
            Run(ShanghaiChinese, format, second);

            Assert.That(File.ReadAllBytes(second), Is.EqualTo(File.ReadAllBytes(first)), $"the {format} differs between TZ=America/New_York LANG=tr_TR and TZ=Asia/Shanghai LANG=zh_CN");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static ToolRun Run(Dictionary<string, string> environment, params string[] args)
    {
        var run = ChildProgram.Run(environment, args);
        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        return run;
    }

    private static Dictionary<string, string> Environment(string timeZone, string locale) => new()
    {
        ["TZ"] = timeZone,
        ["LANG"] = locale,
        ["LC_ALL"] = locale,
        ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "0",
    };
}
