using System.Collections.Frozen;

namespace Bulletin.Docs.Fonts;

/// <summary>
/// The names under which the Chinese faces that Word documents ask for are installed: a Word
/// document names 仿宋_GB2312, while Windows 10 and later ship that face's successor as FangSong
/// (仿宋), and macOS ships STFangsong (华文仿宋). Looking a Word family name up through its aliases lets
/// the PDF use the face the reader's Word would show.
/// </summary>
/// <remarks>
/// The groups follow the names Windows (the Chinese supplemental fonts: SimSun, SimHei, FangSong,
/// KaiTi, Microsoft YaHei, DengXian), macOS (the ST* and Songti/Heiti/Kaiti SC families) and the
/// FounderType (方正) retail names declare in their 'name' tables, Chinese name first.
/// </remarks>
public static class WordFontNames
{
    private static readonly string[][] Groups =
    [
        ["宋体", "SimSun", "新宋体", "NSimSun", "Songti SC", "STSong", "华文宋体"],
        ["黑体", "SimHei", "Heiti SC", "STHeiti", "华文黑体"],
        ["仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "STFangsong", "华文仿宋"],
        ["楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "Kaiti SC", "STKaiti", "华文楷体"],
        ["方正小标宋简体", "方正小标宋_GBK", "FZXiaoBiaoSong-B05S", "FZXiaoBiaoSong-B05"],
        ["微软雅黑", "Microsoft YaHei"],
        ["等线", "DengXian"],
    ];

    private static readonly FrozenDictionary<string, string[]> ByName = BuildIndex();

    /// <summary>
    /// The names to try, in order, for a face a Word document names <paramref name="wordFamily"/>:
    /// the name itself first, then the other names of its group (for 仿宋_GB2312: FangSong_GB2312,
    /// 仿宋, FangSong, STFangsong, 华文仿宋). A name outside every group gives just itself.
    /// Comparison is case-insensitive.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="wordFamily"/> is null or blank.</exception>
    public static IReadOnlyList<string> Candidates(string wordFamily)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(wordFamily);
        if (!ByName.TryGetValue(wordFamily, out var group))
            return [wordFamily];
        var result = new List<string>(group.Length) { wordFamily };
        foreach (var name in group)
            if (!string.Equals(name, wordFamily, StringComparison.OrdinalIgnoreCase))
                result.Add(name);
        return result;
    }

    /// <summary>Every name of every group: what a scan of the system's font folders looks for.</summary>
    public static IReadOnlyList<string> AllKnownNames { get; } = [.. Groups.SelectMany(g => g)];

    private static FrozenDictionary<string, string[]> BuildIndex()
    {
        var index = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in Groups)
            foreach (var name in group)
                index[name] = group;
        return index.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
