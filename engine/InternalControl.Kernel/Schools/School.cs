using InternalControl.Localization;

namespace InternalControl.Kernel.Schools;

/// <summary>A school: the scope of every query. Several schools may share one database.</summary>
/// <param name="Id">The database key.</param>
/// <param name="Name">The school's name as it writes it.</param>
/// <param name="Country">Whose regulations and calendar apply.</param>
/// <param name="Languages">Languages of instruction; the first is the school's default for people.</param>
/// <param name="Rural">True for a rural school (reports compare urban and rural schools).</param>
/// <param name="Year">The current school year, written "2026-2027".</param>
public sealed record School(long Id, string Name, Country Country, IReadOnlyList<Language> Languages, bool Rural, string Year)
{
    /// <summary>
    /// True when the school teaches on Saturdays (a six-day week, as many Kyrgyz schools do): its calendar is the
    /// country's with only Sunday off, so deadlines in school days count Saturdays (`ic init --six-day-week`).
    /// </summary>
    public bool SixDayWeek { get; init; }

    /// <summary>The language the school's people read by default.</summary>
    public Language DefaultLanguage => Languages.Count > 0 ? Languages[0] : Language.En;
}
