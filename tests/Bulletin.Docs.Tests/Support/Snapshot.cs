using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using NUnit.Framework;

namespace Bulletin.Docs.Tests.Support;

/// <summary>
/// Snapshot testing with Verify's conventions, so moving to Verify.NUnit later only changes the call:
/// <list type="bullet">
/// <item><c>{TestClass}.{TestMethod}.verified.{ext}</c> beside the test's source file;</item>
/// <item>a parameterised test adds <c>_{parameter}={value}</c> for each argument;</item>
/// <item>several targets of one test are named: <c>{TestClass}.{TestMethod}#{name}.verified.{ext}</c>;</item>
/// <item>a mismatch or a missing verified file writes <c>.received.</c> beside it (git-ignored) and fails
/// with a line diff; a match deletes any stale <c>.received.</c> file;</item>
/// <item>text is UTF-8 without BOM, lines end with LF.</item>
/// </list>
/// <c>BULLETIN_ACCEPT_SNAPSHOTS=1</c> accepts what the test produced (it writes the verified files),
/// except on CI (<c>CI=true</c>), where snapshots are only ever compared.
/// </summary>
internal static class Snapshot
{
    /// <summary>Set to <c>1</c> to accept received snapshots as verified.</summary>
    public const string AcceptVariable = "BULLETIN_ACCEPT_SNAPSHOTS";

    private const int DiffContextLines = 3;
    private const int MaxDiffLines = 200;
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Whether this run accepts snapshots: the variable is 1 and this is not CI.</summary>
    public static bool Accepting =>
        Environment.GetEnvironmentVariable(AcceptVariable) == "1" &&
        !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Verifies one text against <c>{TestClass}.{TestMethod}.verified.{extension}</c>.</summary>
    public static void Verify(
        string text,
        string extension = "txt",
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string methodName = "") =>
        Verify([new SnapshotTarget(extension, text)], sourceFile, methodName);

    /// <summary>Verifies several named texts, one verified file each, and fails once for all of them.</summary>
    public static void Verify(
        IReadOnlyList<SnapshotTarget> targets,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string methodName = "")
    {
        ArgumentNullException.ThrowIfNull(targets);
        Assert.That(targets, Is.Not.Empty, "A snapshot needs at least one target.");
        var failures = Compare(FilePrefix(sourceFile, methodName), targets, Accepting);
        if (failures.Count > 0)
        {
            Assert.Fail(string.Join("\n\n", failures) + $"\n\nIf the change is right, accept it: {AcceptVariable}=1 dotnet test (or move the .received. files over the .verified. ones).");
        }
    }

    /// <summary>
    /// Compares <paramref name="targets"/> with the verified files named from <paramref name="prefix"/>
    /// (a path without extension), writes or deletes received files, and returns one message per problem.
    /// </summary>
    internal static IReadOnlyList<string> Compare(string prefix, IReadOnlyList<SnapshotTarget> targets, bool accept)
    {
        var files = NameFiles(prefix, targets);
        var failures = new List<string>();
        foreach (var (target, verifiedPath, receivedPath) in files)
        {
            var failure = Compare(Normalise(target.Text), verifiedPath, receivedPath, accept);
            if (failure is not null)
            {
                failures.Add(failure);
            }
        }

        failures.AddRange(StaleVerifiedFiles(prefix, files.Select(file => file.VerifiedPath), accept));
        return failures;
    }

    /// <summary>
    /// <c>{directory of the test source}/{TestClass}.{TestMethod}{_parameter=value…}</c>.
    /// </summary>
    internal static string FilePrefix(string sourceFile, string methodName)
    {
        var directory = Path.GetDirectoryName(SourcePaths.Resolve(sourceFile));
        if (string.IsNullOrEmpty(directory) || !Directory.Exists(directory))
        {
            throw new InvalidOperationException($"The test source folder '{directory}' does not exist; snapshots live beside the test source, so run the tests from a checkout.");
        }

        var test = TestContext.CurrentContext.Test;
        var className = test.ClassName ?? Path.GetFileNameWithoutExtension(sourceFile);
        var typeName = className[(className.LastIndexOf('.') + 1)..].Replace('+', '.');
        return Path.Combine(directory, $"{typeName}.{methodName}{ParameterText(test)}");
    }

    private static string ParameterText(TestContext.TestAdapter test)
    {
        var arguments = test.Arguments;
        System.Reflection.ParameterInfo[] parameters = test.MethodInfo is { } method ? [.. method.GetParameters()] : [];
        if (arguments.Length == 0 || parameters.Length != arguments.Length)
        {
            return "";
        }

        var builder = new StringBuilder();
        for (var index = 0; index < arguments.Length; index++)
        {
            var value = Convert.ToString(arguments[index], CultureInfo.InvariantCulture) ?? "null";
            builder.Append('_').Append(parameters[index].Name).Append('=').Append(SafeFileNamePart(value));
        }

        return builder.ToString();
    }

    private static List<(SnapshotTarget Target, string VerifiedPath, string ReceivedPath)> NameFiles(string prefix, IReadOnlyList<SnapshotTarget> targets)
    {
        if (targets.Count > 1 && targets.Any(target => string.IsNullOrEmpty(target.Name)))
        {
            throw new ArgumentException("When a test verifies several targets, each needs a name.", nameof(targets));
        }

        var files = targets
            .Select(target =>
            {
                var stem = target.Name is { Length: > 0 } name ? $"{prefix}#{SafeFileNamePart(name)}" : prefix;
                return (target, $"{stem}.verified.{target.Extension}", $"{stem}.received.{target.Extension}");
            })
            .ToList();
        var duplicate = files.GroupBy(file => file.Item2, StringComparer.OrdinalIgnoreCase).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Two targets would share the file '{duplicate.Key}'.", nameof(targets));
        }

        return files;
    }

    private static string? Compare(string received, string verifiedPath, string receivedPath, bool accept)
    {
        if (accept)
        {
            File.WriteAllText(verifiedPath, received, Utf8NoBom);
            File.Delete(receivedPath);
            TestContext.Progress.WriteLine($"Accepted snapshot {verifiedPath}");
            return null;
        }

        if (!File.Exists(verifiedPath))
        {
            File.WriteAllText(receivedPath, received, Utf8NoBom);
            return $"No verified snapshot: {verifiedPath}\nReceived: {receivedPath}";
        }

        var verified = Normalise(File.ReadAllText(verifiedPath, Encoding.UTF8));
        if (verified == received)
        {
            File.Delete(receivedPath);
            return null;
        }

        File.WriteAllText(receivedPath, received, Utf8NoBom);
        return $"Snapshot differs: {verifiedPath}\nReceived: {receivedPath}\n{LineDiff(verified, received)}";
    }

    /// <summary>Verified files of this test that no target produced any more (Verify fails on these too).</summary>
    private static IEnumerable<string> StaleVerifiedFiles(string prefix, IEnumerable<string> current, bool accept)
    {
        var directory = Path.GetDirectoryName(prefix)!;
        var stem = Path.GetFileName(prefix);
        var expected = current.ToHashSet(StringComparer.Ordinal);
        var stale = Directory.EnumerateFiles(directory, $"{stem}*.verified.*")
            .Where(path => IsSameTest(Path.GetFileName(path), stem) && !expected.Contains(path))
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var path in stale)
        {
            if (accept)
            {
                File.Delete(path);
                TestContext.Progress.WriteLine($"Deleted snapshot without a target {path}");
                continue;
            }

            yield return $"Verified snapshot without a target (delete it if that is right): {path}";
        }
    }

    // "{stem}.verified.x" and "{stem}#name.verified.x" belong to the test; "{stem}_other…" or
    // "{stem}Longer…" belong to another.
    private static bool IsSameTest(string fileName, string stem)
    {
        var rest = fileName[stem.Length..];
        return rest.StartsWith(".verified.", StringComparison.Ordinal) || rest.StartsWith('#');
    }

    /// <summary>The text as it is stored: LF line ends, no BOM.</summary>
    internal static string Normalise(string text) =>
        text.TrimStart('\uFEFF').ReplaceLineEndings("\n");

    /// <summary>A readable line diff: changed lines with three lines of context, <c>-</c> verified, <c>+</c> received.</summary>
    internal static string LineDiff(string verified, string received)
    {
        var lines = InlineDiffBuilder.Diff(verified, received, ignoreWhiteSpace: false).Lines;
        var keep = new bool[lines.Count];
        for (var index = 0; index < lines.Count; index++)
        {
            if (lines[index].Type is ChangeType.Unchanged)
            {
                continue;
            }

            for (var near = Math.Max(0, index - DiffContextLines); near <= Math.Min(lines.Count - 1, index + DiffContextLines); near++)
            {
                keep[near] = true;
            }
        }

        var builder = new StringBuilder();
        var written = 0;
        var skipping = false;
        for (var index = 0; index < lines.Count; index++)
        {
            if (!keep[index])
            {
                skipping = true;
                continue;
            }

            if (skipping || (index > 0 && written == 0))
            {
                builder.Append("@@ line ").Append(lines[index].Position?.ToString(CultureInfo.InvariantCulture) ?? "?").Append(" @@\n");
                skipping = false;
            }

            if (written++ == MaxDiffLines)
            {
                builder.Append("… (diff cut after ").Append(MaxDiffLines).Append(" lines)\n");
                break;
            }

            var mark = lines[index].Type switch
            {
                ChangeType.Deleted => "- ",
                ChangeType.Inserted => "+ ",
                ChangeType.Modified => "~ ",
                _ => "  ",
            };
            builder.Append(mark).Append(lines[index].Text).Append('\n');
        }

        return builder.ToString();
    }

    private static string SafeFileNamePart(string value)
    {
        var invalid = Path.GetInvalidFileNameChars();
        var builder = new StringBuilder(value.Length);
        foreach (var character in value)
        {
            builder.Append(invalid.Contains(character) || character is '*' or '?' or ':' or '\\' or '"' or '<' or '>' or '|' ? '-' : character);
        }

        return builder.ToString();
    }
}
