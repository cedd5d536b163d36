using System.Security.Cryptography;
using Bulletin.Docs.Tests.Support;
using NUnit.Framework;
using UglyToad.PdfPig;
using SampleCatalog = Bulletin.Docs.Samples.Samples;

namespace Bulletin.Docs.Tests.Samples;

/// <summary>
/// Same model, same bytes, in any process and any time zone: the samples program run three times,
/// under TZ=UTC, Asia/Shanghai and America/New_York, writes identical DOCX, PDF and PNG files.
/// </summary>
public sealed class SampleDeterminismTests
{
    private const string SamplesAssembly = "Bulletin.Docs.Samples.dll";

    [Test]
    public void Processes_in_three_time_zones_write_the_same_bytes()
    {
        // The test project references the samples project, so its assembly sits beside ours.
        var program = Path.Combine(TestContext.CurrentContext.TestDirectory, SamplesAssembly);
        Assert.That(program, Does.Exist);
        string[] zones = ["UTC", "Asia/Shanghai", "America/New_York"];
        var folders = zones.Select(zone => Directory.CreateTempSubdirectory("bulletin-samples-")).ToList();
        try
        {
            var hashes = zones.Select((zone, i) => RenderAndHash(program, folders[i].FullName, zone)).ToList();
            Assert.That(hashes[0].Keys, Is.EquivalentTo(ExpectedFiles(folders[0].FullName)));
            for (var i = 1; i < zones.Length; i++)
            {
                Assert.That(hashes[i].Keys, Is.EqualTo(hashes[0].Keys));
                var differing = hashes[0].Keys.Where(name => hashes[0][name] != hashes[i][name]);
                Assert.That(differing, Is.Empty, $"Files whose bytes differ between TZ={zones[0]} and TZ={zones[i]}.");
            }
        }
        finally
        {
            foreach (var folder in folders)
            {
                folder.Delete(recursive: true);
            }
        }
    }

    /// <summary>
    /// NAME.docx, NAME.pdf and NAME-p1.png … NAME-pN.png for every sample, N being the page count
    /// PdfPig reads from the PDF the program wrote.
    /// </summary>
    private static IEnumerable<string> ExpectedFiles(string folder)
    {
        foreach (var sample in SampleCatalog.All)
        {
            yield return sample.Name + ".docx";
            yield return sample.Name + ".pdf";
            using var pdf = PdfDocument.Open(Path.Combine(folder, sample.Name + ".pdf"));
            for (var page = 1; page <= pdf.NumberOfPages; page++)
            {
                yield return $"{sample.Name}-p{page}.png";
            }
        }
    }

    private static SortedDictionary<string, string> RenderAndHash(string program, string folder, string timeZone)
    {
        var run = ExternalTool.RunProgram(DotnetHost(), [program, folder], TimeSpan.FromMinutes(5), environment: new Dictionary<string, string> { ["TZ"] = timeZone });
        Assert.That(run.ExitCode, Is.Zero, $"The samples program failed.\n{run}");
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            hashes[Path.GetFileName(file)] = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));
        }

        var printed = run.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.That(printed, Is.EquivalentTo(hashes.Keys.Select(name => Path.Combine(folder, name))), "The program prints the full path of each file it writes.");
        return hashes;
    }

    // The dotnet CLI tells the processes it starts where it is; fall back to PATH.
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)
            ? host
            : ExternalTool.FindOnPath("dotnet") ?? throw new InvalidOperationException("dotnet is not on PATH.");
}
