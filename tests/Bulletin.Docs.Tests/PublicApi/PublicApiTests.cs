using Bulletin.Docs.Fonts;
using Bulletin.Docs.Tests.Support;
using NUnit.Framework;
using PublicApiGenerator;

namespace Bulletin.Docs.Tests.PublicApi;

/// <summary>
/// The public API of each package as a snapshot (PublicApiGenerator): every change to it shows up
/// in review as a diff of the verified file. Accept a reviewed change with BULLETIN_ACCEPT_SNAPSHOTS=1.
/// </summary>
public sealed class PublicApiTests
{
    private static readonly ApiGeneratorOptions Options = new()
    {
        // Attributes that say nothing about the API a user calls.
        ExcludeAttributes =
        [
            "System.Runtime.Versioning.TargetFrameworkAttribute",
            "System.Reflection.AssemblyMetadataAttribute",
            "System.Runtime.CompilerServices.InternalsVisibleToAttribute",
        ],
    };

    [Test]
    public void Bulletin_Docs() => Snapshot.Verify(typeof(BulletinDocx).Assembly.GeneratePublicApi(Options), "txt");

    [Test]
    public void Bulletin_Docs_Fonts() => Snapshot.Verify(typeof(DefaultFonts).Assembly.GeneratePublicApi(Options), "txt");
}
