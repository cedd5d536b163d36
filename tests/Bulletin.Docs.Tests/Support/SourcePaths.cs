using NUnit.Framework;

namespace Bulletin.Docs.Tests.Support;

/// <summary>Turns a <c>[CallerFilePath]</c> back into a path on this machine.</summary>
internal static class SourcePaths
{
    private const string SolutionFile = "Bulletin.Docs.sln";

    /// <summary>
    /// A CI build (<c>ContinuousIntegrationBuild</c>) maps source paths to <c>/_/…</c> for
    /// reproducible binaries, so caller file paths no longer exist; map them back onto the checkout
    /// that holds the test assembly.
    /// </summary>
    public static string Resolve(string sourceFile)
    {
        if (File.Exists(sourceFile))
        {
            return sourceFile;
        }

        var relative = sourceFile.Replace('\\', '/');
        if (!relative.StartsWith("/_/", StringComparison.Ordinal))
        {
            return sourceFile;
        }

        return Path.Combine(RepositoryRoot(), relative["/_/".Length..]);
    }

    /// <summary>The folder holding <c>Bulletin.Docs.sln</c>, found upwards from the test assembly.</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No {SolutionFile} above {TestContext.CurrentContext.TestDirectory}.");
    }
}
