using System.Text.Json.Serialization;

namespace Bulletin.Docs.Model;

/// <summary>
/// A run of text inside a paragraph, quote, note or list item. In JSON an inline is an object whose
/// <c>type</c> is <c>text</c>, <c>strong</c>, <c>emphasis</c>, <c>link</c> or <c>lineBreak</c>.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(Text), "text")]
[JsonDerivedType(typeof(Strong), "strong")]
[JsonDerivedType(typeof(Emphasis), "emphasis")]
[JsonDerivedType(typeof(Link), "link")]
[JsonDerivedType(typeof(LineBreak), "lineBreak")]
public abstract record Inline
{
    private protected Inline()
    {
    }
}

/// <summary>Plain text.</summary>
public sealed record Text(string Value) : Inline;

/// <summary>Strong (bold) text.</summary>
public sealed record Strong(string Value) : Inline;

/// <summary>Emphasised text (楷体 in Chinese typesetting rather than italics).</summary>
public sealed record Emphasis(string Value) : Inline;

/// <summary>
/// A hyperlink. <see cref="Target"/> is an absolute http(s) or mailto URL, or <c>#id</c> for an
/// item of this document.
/// </summary>
public sealed record Link(string Value, string Target) : Inline;

/// <summary>A line break inside the paragraph.</summary>
public sealed record LineBreak : Inline;
