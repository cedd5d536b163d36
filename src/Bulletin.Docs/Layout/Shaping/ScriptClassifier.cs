using HarfBuzzSharp;
using Bulletin.Docs.Characters;

namespace Bulletin.Docs.Layout.Shaping;

/// <summary>Unicode Script property (UAX #24) of a code point, with fast paths for ASCII, Han (<see cref="CjkFacts"/>) and Chinese punctuation.</summary>
internal static class ScriptClassifier
{
    public static Script Of(int cp, UnicodeFunctions unicode) => cp switch
    {
        (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') => Script.Latin,
        < 0x80 => Script.Common,
        _ when CjkFacts.IsHan(cp) => Script.Han,
        (>= 0x2000 and <= 0x206F) or (>= 0xFF01 and <= 0xFF20) or (>= 0xFF3B and <= 0xFF40) or (>= 0xFF5B and <= 0xFF65) => Script.Common,
        // The marks of Chinese text: 、。〈〉《》「」『』【】〔〕〖〗 and the rest of CJK Symbols and
        // Punctuation that is Common in Scripts.txt (not 々〇〡–〩〸–〻, which are Han, nor 〪–〯), · and ×.
        (>= 0x3000 and <= 0x3004) or 0x3006 or (>= 0x3008 and <= 0x3020) or (>= 0x3030 and <= 0x3037) or (>= 0x303C and <= 0x303F) or 0xB7 or 0xD7 => Script.Common,
        (>= 0xFF21 and <= 0xFF3A) or (>= 0xFF41 and <= 0xFF5A) => Script.Latin,
        _ => unicode.GetScript(cp),
    };

    /// <summary>Common and Inherited take a neighbour's script (UAX #24 §5.2, simplified).</summary>
    public static bool IsNeutral(Script script) => script == Script.Common || script == Script.Inherited || script == Script.Unknown;
}
