using System.Globalization;

namespace InternalControl.Testing;

/// <summary>The cultures that tests render diagnostics and summaries in: Kazakh, Kyrgyz and Russian as .NET names them.</summary>
public static class Cultures
{
    public static CultureInfo Kk { get; } = CultureInfo.GetCultureInfo("kk-KZ");

    public static CultureInfo Ky { get; } = CultureInfo.GetCultureInfo("ky-KG");

    public static CultureInfo Ru { get; } = CultureInfo.GetCultureInfo("ru-RU");
}
