using System.Text;
using NUnit.Framework;

namespace Bulletin.Docs.Tests.Support;

/// <summary>Files vendored under <c>TestData/</c> and copied beside the test assembly.</summary>
internal static class TestData
{
    /// <summary>The raw extracted text of the seed newspaper page (a copy of the project's seed).</summary>
    public static string SeedPageText => Read("000_47dffea3180f788c.txt");

    public static string Read(string name) =>
        File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", name), Encoding.UTF8);
}
