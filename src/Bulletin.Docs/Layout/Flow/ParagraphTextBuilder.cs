using System.Text;
using Bulletin.Docs.Layout.Text;
using Bulletin.Docs.Composition;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Layout.Flow;

/// <summary>Builds a <see cref="ParagraphText"/> from formatted pieces and model inlines.</summary>
internal sealed class ParagraphTextBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<TextSpan> _spans = [];
    private readonly List<Range> _atomic = [];

    /// <summary>True when nothing was appended.</summary>
    public bool IsEmpty => _text.Length == 0;

    /// <summary>Appends <paramref name="text"/> in <paramref name="format"/>; an atomic piece never breaks.</summary>
    public ParagraphTextBuilder Append(string text, SpanFormat format, bool atomic = false)
    {
        if (text.Length == 0)
        {
            return this;
        }

        var start = _text.Length;
        _text.Append(text);
        _spans.Add(new TextSpan(start, text.Length, format));
        if (atomic)
        {
            _atomic.Add(new Range(start, start + text.Length));
        }

        return this;
    }

    /// <summary>
    /// Appends composed spans set in <paramref name="format"/> (their block's role): strong and labels
    /// in bold, emphasis in the Quote role's face (楷 rather than italics), the 电头 in the dateline
    /// role's format, links with their target.
    /// </summary>
    public ParagraphTextBuilder AppendSpans(IEnumerable<Span> spans, SpanFormat format, BulletinTheme theme)
    {
        foreach (var span in spans)
        {
            var spanFormat = span.Style switch
            {
                SpanStyle.Plain => format,
                SpanStyle.Strong or SpanStyle.Label => format with { Bold = true },
                SpanStyle.Emphasis => format with { Font = theme[TextRole.Quote].Font },
                SpanStyle.Dateline => SpanFormat.Of(theme[TextRole.Dateline]),
                _ => throw new ArgumentOutOfRangeException(nameof(spans), span.Style, "Not a span style."),
            };
            Append(span.Text, span.LinkTarget is { } target ? spanFormat with { LinkTarget = target } : spanFormat, span.Atomic);
        }

        return this;
    }

    /// <summary>The paragraph text.</summary>
    public ParagraphText Build() => new(_text.ToString(), _spans.ToArray()) { AtomicRanges = _atomic.ToArray() };
}
