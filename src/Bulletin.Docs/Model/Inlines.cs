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

    /// <summary>Hands this inline to the <paramref name="visitor"/>'s method for its kind.</summary>
    internal abstract TResult Accept<TState, TResult>(IInlineVisitor<TState, TResult> visitor, TState state);
}

/// <summary>Plain text.</summary>
public sealed record Text(string Value) : Inline
{
    /// <inheritdoc />
    internal override TResult Accept<TState, TResult>(IInlineVisitor<TState, TResult> visitor, TState state) => visitor.Text(this, state);
}

/// <summary>Strong (bold) text.</summary>
public sealed record Strong(string Value) : Inline
{
    /// <inheritdoc />
    internal override TResult Accept<TState, TResult>(IInlineVisitor<TState, TResult> visitor, TState state) => visitor.Strong(this, state);
}

/// <summary>Emphasised text (楷体 in Chinese typesetting rather than italics).</summary>
public sealed record Emphasis(string Value) : Inline
{
    /// <inheritdoc />
    internal override TResult Accept<TState, TResult>(IInlineVisitor<TState, TResult> visitor, TState state) => visitor.Emphasis(this, state);
}

/// <summary>
/// A hyperlink. <see cref="Target"/> is an absolute http(s) or mailto URL, or <c>#id</c> for an
/// item of this document.
/// </summary>
public sealed record Link(string Value, string Target) : Inline
{
    /// <inheritdoc />
    internal override TResult Accept<TState, TResult>(IInlineVisitor<TState, TResult> visitor, TState state) => visitor.Link(this, state);
}

/// <summary>A line break inside the paragraph.</summary>
public sealed record LineBreak : Inline
{
    /// <inheritdoc />
    internal override TResult Accept<TState, TResult>(IInlineVisitor<TState, TResult> visitor, TState state) => visitor.LineBreak(this, state);
}

/// <summary>One method per kind of inline; a new kind is a build error in every walker of the model until it handles it.</summary>
internal interface IInlineVisitor<in TState, out TResult>
{
    TResult Text(Text inline, TState state);

    TResult Strong(Strong inline, TState state);

    TResult Emphasis(Emphasis inline, TState state);

    TResult Link(Link inline, TState state);

    TResult LineBreak(LineBreak inline, TState state);
}
