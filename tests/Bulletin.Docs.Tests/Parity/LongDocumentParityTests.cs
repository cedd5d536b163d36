using Bulletin.Docs.Model;
using Bulletin.Docs.Tests.Fonts;
using Bulletin.Docs.Tests.Support;
using Bulletin.Docs.Theme;
using NUnit.Framework;

namespace Bulletin.Docs.Tests.Parity;

/// <summary>Parity of documents other than the samples: the every-element 简报 and longer 简报s of distinct stories.</summary>
[TestFixture]
public sealed class LongDocumentParityTests
{
    [Explicit("measurement: BULLETIN_PARITY_STORIES stories of DistinctBulletin, and the every-element 简报")]
    [Test]
    public void Measure()
    {
        var stories = int.Parse(Environment.GetEnvironmentVariable("BULLETIN_PARITY_STORIES") ?? "8", System.Globalization.CultureInfo.InvariantCulture);
        var options = new BulletinOptions { Theme = BulletinThemes.WorkBulletin, Fonts = FontTestSupport.Default };
        foreach (var (name, document) in new (string, BulletinDocument)[] { ("every-element", EveryElementBulletin.Create()), ($"distinct-{stories}", DistinctBulletin.Create(stories)) })
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var (layout, pdf) = LibreOfficeRendering.Convert(name, document, options);
            TestContext.Out.Write(ParityCount.Of(layout, pdf).Describe(name));
            TestContext.Out.WriteLine($"  ({watch.Elapsed.TotalSeconds:0.0} s)");
        }
    }
}
