using Bulletin.Docs.Fonts;
using Bulletin.Docs.Model;
using Bulletin.Docs.Pdf.Fonts;
using Bulletin.Docs.Theme;
using Bulletin.Docs.Validation;
using NUnit.Framework;

namespace Bulletin.Docs.Tests.Validation;

public sealed class FontRuleTests
{
    [Test]
    public void The_default_fonts_cover_every_character_the_writers_add() =>
        Assert.That(Problems(DefaultFonts.CreateRegistry()), Is.Empty);

    [Test]
    public void A_font_without_the_added_characters_is_reported_before_anything_is_drawn()
    {
        // The default serif face cut down to Latin letters and digits: it keeps its family name, so
        // the theme resolves, but ｜（）年月日 … that the writers add are not covered.
        var serif = DefaultFonts.CreateRegistry().Resolve(DefaultFonts.SerifFamily, 400, false).Face;
        var cmap = new Dictionary<int, ushort>();
        foreach (var c in "ABCabc0123456789. ")
        {
            cmap[c] = serif.HarfBuzzFont.TryGetNominalGlyph(c, out var glyph) ? (ushort)glyph : throw new InvalidOperationException($"no glyph for {c}");
        }

        var latinOnly = new FontRegistry();
        latinOnly.Register(FontSubsetter.Subset(serif, cmap.Values.Append((ushort)0).ToHashSet(), cmap));

        var problems = Problems(latinOnly);

        Assert.That(problems, Does.Contain("Fonts: U+FF5C ｜, which the writers add to labels, dates and page numbers, is not covered by any registered font"));
    }

    private static IEnumerable<string> Problems(FontRegistry fonts) =>
        BulletinValidator.Validate(new BulletinDocument { Items = [] }, BulletinThemes.Newspaper, fonts)
            .Where(problem => problem.Path == "Fonts")
            .Select(problem => problem.ToString());
}
