namespace InternalControl.Localization;

/// <summary>A language a person reads: Kazakh, Kyrgyz, Russian or English.</summary>
public enum Language
{
    En,
    Kk,
    Ky,
    Ru,
}
