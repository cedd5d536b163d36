namespace Bulletin.Docs.Fonts;

/// <summary>The folders where Windows, macOS and Linux keep installed fonts.</summary>
public static class SystemFontFolders
{
    /// <summary>
    /// The font folders of the running system that exist, in the order the system searches them:
    /// Windows <c>%WINDIR%\Fonts</c> and the per-user <c>%LOCALAPPDATA%\Microsoft\Windows\Fonts</c>;
    /// macOS <c>/System/Library/Fonts</c>, <c>/Library/Fonts</c>, <c>~/Library/Fonts</c>; Linux and
    /// other Unix systems the XDG folders fontconfig reads by default (<c>/usr/share/fonts</c>,
    /// <c>/usr/local/share/fonts</c>, <c>~/.local/share/fonts</c>, <c>~/.fonts</c>).
    /// </summary>
    public static IReadOnlyList<string> Current()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        IEnumerable<string> candidates;
        if (OperatingSystem.IsWindows())
        {
            var windows = Environment.GetFolderPath(Environment.SpecialFolder.Windows);
            var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
            candidates = [Path.Combine(windows, "Fonts"), Path.Combine(local, "Microsoft", "Windows", "Fonts")];
        }
        else if (OperatingSystem.IsMacOS())
        {
            candidates = ["/System/Library/Fonts", "/Library/Fonts", Path.Combine(home, "Library", "Fonts")];
        }
        else
        {
            var dataHome = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
            candidates =
            [
                "/usr/share/fonts",
                "/usr/local/share/fonts",
                Path.Combine(string.IsNullOrEmpty(dataHome) ? Path.Combine(home, ".local", "share") : dataHome, "fonts"),
                Path.Combine(home, ".fonts"),
            ];
        }
        return [.. candidates.Where(d => d.Length > 1 && Directory.Exists(d)).Distinct(StringComparer.Ordinal)];
    }
}
