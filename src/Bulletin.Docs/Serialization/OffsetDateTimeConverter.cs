using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Bulletin.Docs.Serialization;

/// <summary>
/// Reads a <see cref="DateTimeOffset"/> only when the text gives its UTC offset (ISO 8601's
/// <c>Z</c> or <c>±hh:mm</c>): System.Text.Json would read <c>2025-01-05T10:00:00</c> in the
/// machine's time zone, so the same file would give different bytes on different machines.
/// Writes as System.Text.Json does (ISO 8601, the offset kept).
/// </summary>
internal sealed partial class OffsetDateTimeConverter : JsonConverter<DateTimeOffset>
{
    /// <inheritdoc />
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"a time is a string with its offset, e.g. \"2025-01-07T09:00:00+08:00\"; this is a {reader.TokenType.ToString().ToLowerInvariant()}");
        }

        var text = reader.GetString() ?? "";
        if (!WithOffset().IsMatch(text) || !reader.TryGetDateTimeOffset(out var value))
        {
            throw new JsonException($"'{text}' is not a time with its offset, e.g. 2025-01-07T09:00:00+08:00 (without one it would be read in the time zone of whichever machine reads it)");
        }

        return value;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value);

    // ISO 8601 extended format: a date, T, a time, then Z or ±hh:mm (±hhmm and ±hh are ISO 8601 too).
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)$", RegexOptions.CultureInvariant)]
    private static partial Regex WithOffset();
}
