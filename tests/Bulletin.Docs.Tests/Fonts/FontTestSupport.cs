using NUnit.Framework;
using System.Diagnostics;
using Bulletin.Docs.Fonts;

namespace Bulletin.Docs.Tests.Fonts;

/// <summary>Shared fixtures for font and shaping tests: one default registry per test run (faces load once).</summary>
internal static class FontTestSupport
{
    private static readonly Lazy<FontRegistry> LazyDefault = new(DefaultFonts.CreateRegistry);

    public static FontRegistry Default => LazyDefault.Value;

    public static string SeedText => Support.TestData.SeedPageText;

    /// <summary>The vendored default font file (the same bytes DefaultFonts embeds).</summary>
    public static string VendoredFont(string fileName)
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Bulletin.Docs.Fonts", "Fonts", fileName);
            if (File.Exists(candidate)) return candidate;
        }
        Assert.Ignore($"{fileName} not found above {TestContext.CurrentContext.TestDirectory}.");
        return null!;
    }

    /// <summary>A system font file, or the test is ignored.</summary>
    public static string SystemFont(string path, string installHint)
    {
        if (!File.Exists(path)) Assert.Ignore($"{path} is missing; install it with: {installHint}");
        return path;
    }

    /// <summary>Runs an external tool; ignores the test when it is missing unless BULLETIN_REQUIRE_TOOLS=1.</summary>
    public static string RunTool(string tool, string installHint, params string[] arguments)
    {
        var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(info)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            var message = $"{tool} is not installed; install it with: {installHint}";
            if (Environment.GetEnvironmentVariable("BULLETIN_REQUIRE_TOOLS") == "1") Assert.Fail(message);
            Assert.Ignore(message);
            return null!;
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEnd();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.That(process.ExitCode, Is.Zero, $"{tool} failed: {error}");
            return output;
        }
    }
}
