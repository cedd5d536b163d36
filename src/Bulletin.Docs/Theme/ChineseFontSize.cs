namespace Bulletin.Docs.Theme;

/// <summary>
/// Chinese font size names (字号) in points, as Word and LibreOffice define them (docs/typography.md §4).
/// </summary>
public static class ChineseFontSize
{
    /// <summary>初号, 42 pt.</summary>
    public const double Chu = 42;
    /// <summary>小初, 36 pt.</summary>
    public const double XiaoChu = 36;
    /// <summary>一号, 26 pt.</summary>
    public const double Yi = 26;
    /// <summary>小一, 24 pt.</summary>
    public const double XiaoYi = 24;
    /// <summary>二号, 22 pt.</summary>
    public const double Er = 22;
    /// <summary>小二, 18 pt.</summary>
    public const double XiaoEr = 18;
    /// <summary>三号, 16 pt.</summary>
    public const double San = 16;
    /// <summary>小三, 15 pt.</summary>
    public const double XiaoSan = 15;
    /// <summary>四号, 14 pt.</summary>
    public const double Si = 14;
    /// <summary>小四, 12 pt.</summary>
    public const double XiaoSi = 12;
    /// <summary>五号, 10.5 pt.</summary>
    public const double Wu = 10.5;
    /// <summary>小五, 9 pt.</summary>
    public const double XiaoWu = 9;
    /// <summary>六号, 7.5 pt.</summary>
    public const double Liu = 7.5;
    /// <summary>小六, 6.5 pt.</summary>
    public const double XiaoLiu = 6.5;
    /// <summary>七号, 5.5 pt.</summary>
    public const double Qi = 5.5;
    /// <summary>八号, 5 pt.</summary>
    public const double Ba = 5;

    /// <summary>The size in points of a Chinese size name such as 三号 or 小五.</summary>
    /// <exception cref="ArgumentException">The name is not a Chinese size name.</exception>
    public static double FromName(string name) => name switch
    {
        "初号" => Chu,
        "小初" => XiaoChu,
        "一号" => Yi,
        "小一" => XiaoYi,
        "二号" => Er,
        "小二" => XiaoEr,
        "三号" => San,
        "小三" => XiaoSan,
        "四号" => Si,
        "小四" => XiaoSi,
        "五号" => Wu,
        "小五" => XiaoWu,
        "六号" => Liu,
        "小六" => XiaoLiu,
        "七号" => Qi,
        "八号" => Ba,
        _ => throw new ArgumentException($"'{name}' is not a Chinese font size name (初号 … 八号).", nameof(name)),
    };
}
