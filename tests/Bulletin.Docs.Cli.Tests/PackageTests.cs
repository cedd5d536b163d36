using System.Diagnostics;
using System.Text.RegularExpressions;
using NUnit.Framework;

namespace Bulletin.Docs.Cli.Tests;

/// <summary>
/// The packages as a user gets them: pack the library, the fonts and the tool into a folder feed,
/// restore them in a fresh console project, compile and run each package README's C# blocks as
/// written, and install the tool into a temporary tool path to render a Markdown file. Slow (a
/// Release pack and two restores), so it is one test. Works offline apart from the NuGet registry:
/// dependencies come from this machine's package cache, used as a local feed.
/// </summary>
public sealed partial class PackageTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(8);

    [Test]
    [Category("Package")]
    public void Packed_packages_restore_compile_run_their_readmes_and_the_tool_renders()
    {
        using var work = new TempFolder();
        var feed = Path.Combine(work.Path, "feed");
        var packages = Path.Combine(work.Path, "packages");
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var environment = new Dictionary<string, string>
        {
            // A packages folder of its own: the packed 0.1.0 never mixes with a stale one in the user's cache.
            ["NUGET_PACKAGES"] = packages,
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
        };

        foreach (var project in new[] { "src/Bulletin.Docs", "src/Bulletin.Docs.Fonts", "src/Bulletin.Docs.Cli" })
        {
            Run(Repository.Root, environment, "dotnet", "pack", project, "-c", "Release", "-o", feed, "-p:ContinuousIntegrationBuild=false");
        }

        var version = Regex.Match(Path.GetFileName(Directory.GetFiles(feed, "Bulletin.Docs.Cli.*.nupkg").Single()), @"Bulletin\.Docs\.Cli\.(.+)\.nupkg").Groups[1].Value;
        File.WriteAllText(Path.Combine(work.Path, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="packed" value="{feed}" />
                <add key="machine-cache" value="{cache}" />
              </packageSources>
            </configuration>
            """);

        // The library README: its C# blocks, in order, make one Program.cs.
        var app = Path.Combine(work.Path, "app");
        Directory.CreateDirectory(app);
        File.WriteAllText(Path.Combine(app, "app.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Bulletin.Docs" Version="{version}" />
                <PackageReference Include="Bulletin.Docs.Fonts" Version="{version}" />
              </ItemGroup>
            </Project>
            """);
        foreach (var (readme, expected) in new[]
        {
            ("src/Bulletin.Docs/README.md", new[] { "release.docx", "release.pdf", "release-p1.png" }),
            ("src/Bulletin.Docs.Fonts/README.md", new[] { "fonts-check.pdf" }),
        })
        {
            File.WriteAllText(Path.Combine(app, "Program.cs"), string.Join("\n", CSharpBlocks(File.ReadAllText(Path.Combine(Repository.Root, readme)))));
            Run(app, environment, "dotnet", "run", "-c", "Release");
            foreach (var file in expected)
            {
                Assert.That(new FileInfo(Path.Combine(app, file)).Length, Is.GreaterThan(1000), $"{readme} wrote {file}");
            }
        }

        // The tool, installed as a user installs it.
        var tools = Path.Combine(work.Path, "tools");
        Run(work.Path, environment, "dotnet", "tool", "install", "Bulletin.Docs.Cli", "--version", version, "--tool-path", tools, "--add-source", feed);
        var bulletin = Path.Combine(tools, OperatingSystem.IsWindows() ? "bulletin.exe" : "bulletin");
        Run(work.Path, environment, bulletin, "new", "press-release");
        var render = Run(work.Path, environment, bulletin, "render", "press-release.md");

        Assert.That(render.Split('\n', StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(new[] { "press-release.docx", "press-release.pdf" }));
        Assert.That(File.ReadAllBytes(Path.Combine(work.Path, "press-release.pdf")).Take(5), Is.EqualTo("%PDF-"u8.ToArray()));
    }

    [Test]
    public void Every_package_readme_starts_with_dotnet_add_package_or_tool_install_and_links_images_absolutely()
    {
        foreach (var readme in new[] { "src/Bulletin.Docs/README.md", "src/Bulletin.Docs.Fonts/README.md", "src/Bulletin.Docs.Cli/README.md" })
        {
            var text = File.ReadAllText(Path.Combine(Repository.Root, readme));
            Assert.That(text, Does.Match(@"dotnet (add package|tool install -g) Bulletin\.Docs"), readme);
            Assert.That(Regex.Matches(text, @"!\[[^\]]*\]\(([^)]+)\)").Select(m => m.Groups[1].Value), Has.All.StartWith("https://"), readme);
            Assert.That(text, Does.Not.Contain(".ci/").And.Not.Contain("BULLETIN_ACCEPT_SNAPSHOTS"), readme);
        }
    }

    [Test]
    public void The_first_example_of_the_repository_readme_is_the_package_readme_s()
    {
        var repository = CSharpBlocks(File.ReadAllText(Path.Combine(Repository.Root, "README.md"))).First();
        var package = CSharpBlocks(File.ReadAllText(Path.Combine(Repository.Root, "src/Bulletin.Docs/README.md"))).First();

        Assert.That(repository, Is.EqualTo(package));
        Assert.That(package, Does.Contain("BulletinThemes.PressRelease"));
    }

    [GeneratedRegex(@"```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

    private static IEnumerable<string> CSharpBlocks(string markdown) =>
        CSharpBlock().Matches(markdown.Replace("\r\n", "\n", StringComparison.Ordinal)).Select(m => m.Groups[1].Value);

    private static string Run(string directory, IReadOnlyDictionary<string, string> environment, string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Patience))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', arguments)} did not finish in {Patience}");
        }

        var text = output.Result;
        Assert.That(process.ExitCode, Is.Zero, $"$ {program} {string.Join(' ', arguments)}\n{text}\n{error.Result}");
        return text;
    }
}
