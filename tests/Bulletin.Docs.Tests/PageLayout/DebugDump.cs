using NUnit.Framework;
using Bulletin.Docs.Layout;
using Bulletin.Docs.Model;
using static Bulletin.Docs.Tests.PageLayout.TestDocuments;
namespace Bulletin.Docs.Tests.PageLayout;
public sealed class DebugDump
{
    [Test]
    public void Dump()
    {
        var document = Article(new Figure { Image = Png(100, 1000), AltText = "塔", Caption = "图", Credit = "王韵菲 摄" });
        TestContext.Out.WriteLine(LayoutDump.Write(LayOut(document, TestThemes.Simple())));
    }
}
