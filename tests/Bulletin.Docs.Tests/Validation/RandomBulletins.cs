using System.Text;
using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Tests.Validation;

/// <summary>
/// Random bulletins for property tests, from a seeded <see cref="Random"/>. A well-formed generator
/// builds only what validation must accept; a hostile one mixes in control characters, lone
/// surrogates, blanks, nulls, broken images and dangling links.
/// </summary>
internal sealed class RandomBulletins(int seed, bool hostile)
{
    private const string CjkPunctuation = "，。、；：？！“”‘’（）《》〈〉【】——…·「」";
    private const string AsciiPunctuation = " !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    private readonly Random random = new(seed);
    private readonly List<string> ids = [];

    public BulletinDocument Document()
    {
        ids.Clear();
        var itemCount = random.Next(0, 5);
        // Ids first, so that well-formed links can point at any item, before or after them.
        var plannedIds = Enumerable.Range(0, itemCount).Select(i => Chance(0.5) ? $"item-{seed}_{i}" : null).ToArray();
        ids.AddRange(plannedIds.OfType<string>());
        return new BulletinDocument
        {
            Masthead = Chance(0.5) ? Masthead() : null,
            Items = MaybeNull(() => (IReadOnlyList<BulletinItem>)[.. plannedIds.Select(id => MaybeNull(() => Item(id, nested: false)))]),
            Distribution = Chance(0.3) ? Distribution() : null,
            Metadata = MaybeNull(Metadata),
        };
    }

    public BulletinTheme Theme()
    {
        var theme = random.Next(3) switch
        {
            0 => BulletinThemes.Newspaper,
            1 => BulletinThemes.WorkBulletin,
            _ => BulletinThemes.PressRelease,
        };
        if (!hostile || !Chance(0.1))
        {
            return theme;
        }

        var role = (TextRole)random.Next(Enum.GetValues<TextRole>().Length);
        return theme.WithStyle(role, s => s with { SizePt = random.Next(-2, 3), Font = Chance(0.5) ? s.Font : null! });
    }

    private Masthead Masthead() => new()
    {
        Name = Required(),
        IssueLabel = Optional(),
        EditionLabel = Optional(),
        Date = Chance(0.5) ? new DateOnly(2025, 1, 7) : null,
        // A well-formed 红头 leaves the date room on the unit's line (MastheadRules).
        EditingUnit = hostile ? Optional() : Short(Optional(), 10),
        SecrecyMark = Optional(),
        SerialNumber = Optional(),
    };

    private BulletinItem Item(string? id, bool nested)
    {
        var kind = random.Next(nested && !hostile ? 2 : 3);
        return kind switch
        {
            0 => Article(id),
            1 => new PictureNews { Id = id, Title = Optional(), Figure = MaybeNull(Figure) },
            _ => new Section
            {
                Id = id,
                Banner = Required(),
                Items = MaybeNull(() => (IReadOnlyList<BulletinItem>)[.. Enumerable.Range(0, random.Next(hostile ? 0 : 1, 4)).Select(_ => MaybeNull(() => Item(null, nested: true)))]),
            },
        };
    }

    private Article Article(string? id) => new()
    {
        Id = hostile && Chance(0.1) ? Pick("a b", "", "dup", "x#y") : id,
        Kicker = Optional(),
        Headline = MaybeNull(() => new Headline([.. Enumerable.Range(0, random.Next(hostile ? 0 : 1, 3)).Select(_ => Required())])),
        Subheadline = Optional(),
        ColumnLabel = Optional(),
        Byline = Optional(),
        Dateline = Optional(),
        TrailingByline = Optional(),
        ContinuedFrom = Optional(),
        ContinuedOn = Optional(),
        Body = MaybeNull(() => (IReadOnlyList<Block>)[.. Enumerable.Range(0, random.Next(0, 8)).Select(_ => MaybeNull(Block))]),
    };

    private Block Block() => random.Next(8) switch
    {
        0 => new Paragraph(Inlines()),
        1 => new Subheading([.. Enumerable.Range(0, random.Next(hostile ? 0 : 1, 3)).Select(_ => Required())]),
        2 => new Quote(Inlines()),
        3 => new Note(Inlines()) { Label = hostile && Chance(0.1) ? null! : Optional() ?? "编者按" },
        4 => new ListBlock([.. Enumerable.Range(0, random.Next(hostile ? 0 : 1, 4)).Select(_ => ListItem())]) { Ordered = Chance(0.5) },
        5 => Table(),
        6 => Figure(),
        _ => new Divider(),
    };

    private IReadOnlyList<Inline> ListItem()
    {
        var inlines = Inlines();
        return hostile || inlines.Any(i => i is Text { Value: var v } && !string.IsNullOrWhiteSpace(v))
            ? inlines
            : [.. inlines, new Text(Required())];
    }

    private IReadOnlyList<Inline> Inlines() =>
        [.. Enumerable.Range(0, random.Next(0, 6)).Select(_ => MaybeNull(Inline))];

    private Inline Inline() => random.Next(6) switch
    {
        0 => new Text(AnyText()),
        1 => new Strong(AnyText()),
        2 => new Emphasis(AnyText()),
        3 => new Link(Required(), LinkTarget()),
        _ => new LineBreak(),
    };

    private string LinkTarget()
    {
        if (hostile && Chance(0.3))
        {
            return Pick("#missing", "", "ftp://x", "example.org", "http://", Nasty());
        }

        return ids.Count > 0 && Chance(0.5)
            ? "#" + ids[random.Next(ids.Count)]
            : Pick("https://example.org/新闻?id=1", "http://example.org", "mailto:editor@example.org");
    }

    private Table Table()
    {
        var columns = random.Next(hostile ? 0 : 1, 4);
        var rows = random.Next(hostile ? 0 : 1, 4);
        return new Table([.. Enumerable.Range(0, rows).Select(_ =>
            (IReadOnlyList<string>)[.. Enumerable.Range(0, hostile && Chance(0.2) ? random.Next(0, 4) : columns).Select(_ => AnyText())])])
        {
            HasHeaderRow = Chance(0.5),
        };
    }

    private Figure Figure() => new()
    {
        Image = MaybeNull(Image),
        AltText = Required(),
        Caption = Optional(),
        Credit = Optional(),
    };

    private ImageData Image()
    {
        if (hostile && Chance(0.4))
        {
            return random.Next(5) switch
            {
                0 => new ImageData(TestImages.Png, ImageFormat.Jpeg),
                1 => new ImageData(ReadOnlyMemory<byte>.Empty, ImageFormat.Png),
                2 => new ImageData(TestImages.Png.AsMemory(0, random.Next(1, 24)), ImageFormat.Png),
                3 => new ImageData(RandomBytes(), ImageFormat.Jpeg),
                _ => new ImageData(TestImages.Jpeg, ImageFormat.Jpeg) { Dpi = Pick(0, -1, double.NaN) },
            };
        }

        return Chance(0.5) ? new ImageData(TestImages.Png, ImageFormat.Png) : new ImageData(TestImages.Jpeg, ImageFormat.Jpeg) { Dpi = 300 };
    }

    private Distribution Distribution() => new()
    {
        Lines = [.. Enumerable.Range(0, random.Next(hostile ? 0 : 1, 4)).Select(_ => MaybeNull(() => new DistributionLine(Required(), Required())))],
        PrintRun = Chance(0.5) ? (hostile ? random.Next(-1, 200) : random.Next(1, 200)) : null,
    };

    private DocumentMetadata Metadata() => new()
    {
        Title = Optional(),
        Author = Optional(),
        Subject = Optional(),
        Keywords = [.. Enumerable.Range(0, random.Next(0, 3)).Select(_ => Required())],
        Language = hostile && Chance(0.1) ? Pick("zh_CN", "", "中文") : Pick("zh-CN", "zh-Hans", "en"),
    };

    /// <summary>Text a required field gets: never blank unless hostile.</summary>
    private string Required()
    {
        var text = AnyText();
        return hostile || !string.IsNullOrWhiteSpace(text) ? text : "文" + text;
    }

    /// <summary><paramref name="text"/> cut to at most <paramref name="elements"/> text elements (never inside a surrogate pair or cluster).</summary>
    private static string? Short(string? text, int elements)
    {
        if (text is null)
        {
            return null;
        }

        var info = new System.Globalization.StringInfo(text);
        var cut = info.LengthInTextElements <= elements ? text : info.SubstringByTextElements(0, elements - 1);
        return string.IsNullOrWhiteSpace(cut) ? "文" + cut.Trim() : cut;
    }

    /// <summary>Text an optional field gets: null, or never blank unless hostile.</summary>
    private string? Optional() => Chance(0.4) ? null : Required();

    /// <summary>A run mixing Chinese, Latin, digits, punctuation, emoji and (when hostile) bad characters.</summary>
    private string AnyText()
    {
        if (hostile && Chance(0.05))
        {
            return Chance(0.5) ? null! : Nasty();
        }

        var text = new StringBuilder();
        var pieces = random.Next(0, 6);
        for (var i = 0; i < pieces; i++)
        {
            AppendPiece(text, random.Next(hostile ? 9 : 6));
        }

        return text.ToString();
    }

    private void AppendPiece(StringBuilder text, int kind)
    {
        var length = random.Next(0, 8);
        for (var i = 0; i < length; i++)
        {
            switch (kind)
            {
                case 0: text.Append((char)random.Next(0x4E00, 0x9FA6)); break;
                case 1: text.Append((char)random.Next('a', 'z' + 1)).Append((char)random.Next('A', 'Z' + 1)); break;
                case 2: text.Append((char)random.Next('0', '9' + 1)); break;
                case 3: text.Append(AsciiPunctuation[random.Next(AsciiPunctuation.Length)]); break;
                case 4: text.Append(CjkPunctuation[random.Next(CjkPunctuation.Length)]).Append('\u3000'); break;
                case 5: text.Append(char.ConvertFromUtf32(random.Next(0x1F600, 0x1F650))); break;
                case 6: text.Append((char)random.Next(0, 0x20)); break;
                case 7: text.Append((char)random.Next(0xD800, 0xE000)); break;
                default: text.Append(Pick('\uFFFE', '\uFFFF', '\n', '\t')); break;
            }
        }
    }

    private string Nasty() => Pick("", " ", "\u3000", "\u0007", "\uD800", "\uDC00x", "a\nb", "\uFFFF");

    private byte[] RandomBytes()
    {
        var bytes = new byte[random.Next(0, 32)];
        random.NextBytes(bytes);
        return bytes;
    }

    private T MaybeNull<T>(Func<T> create) where T : class => hostile && Chance(0.03) ? null! : create();

    private bool Chance(double probability) => random.NextDouble() < probability;

    private T Pick<T>(params T[] choices) => choices[random.Next(choices.Length)];
}
