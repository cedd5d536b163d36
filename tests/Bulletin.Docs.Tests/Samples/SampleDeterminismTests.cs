using System.Security.Cryptography;
using Bulletin.Docs.Tests.Support;
using NUnit.Framework;
using UglyToad.PdfPig;
using SampleCatalog = Bulletin.Docs.Samples.Samples;

namespace Bulletin.Docs.Tests.Samples;

/// <summary>Same model, same bytes, in any process: the samples program run twice writes identical DOCX, PDF and PNG files.</summary>
public sealed class SampleDeterminismTests
{
    private const string SamplesAssembly = "Bulletin.Docs.Samples.dll";

    [Test]
    public void Two_processes_write_the_same_bytes()
    {
        // The test project references the samples project, so its assembly sits beside ours.
        var program = Path.Combine(TestContext.CurrentContext.TestDirectory, SamplesAssembly);
        Assert.That(program, Does.Exist);
        var first = Directory.CreateTempSubdirectory("bulletin-samples-a-");
        var second = Directory.CreateTempSubdirectory("bulletin-samples-b-");
        try
        {
            var firstHashes = RenderAndHash(program, first.FullName);
            var secondHashes = RenderAndHash(program, second.FullName);

            Assert.That(firstHashes.Keys, Is.EquivalentTo(ExpectedFiles(first.FullName)));
            Assert.That(secondHashes.Keys, Is.EqualTo(firstHashes.Keys));
            var differing = firstHashes.Keys.Where(name => firstHashes[name] != secondHashes[name]);
            Assert.That(differing, Is.Empty, "Files whose bytes differ between the two runs.");
        }
        finally
        {
            first.Delete(recursive: true);
            second.Delete(recursive: true);
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

    private static SortedDictionary<string, string> RenderAndHash(string program, string folder)
    {
        var run = ExternalTool.RunProgram(DotnetHost(), [program, folder], TimeSpan.FromMinutes(5));
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
