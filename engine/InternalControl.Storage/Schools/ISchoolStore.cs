using InternalControl.Kernel.Schools;
using InternalControl.Localization;

namespace InternalControl.Storage.Schools;

/// <summary>
/// Reads and writes the school model: schools, and each school's classes, staff, pupils, parents, subjects,
/// teaching, marks and absences. Every query is scoped to one school. Reached as <c>SchoolDatabase.Schools</c>.
/// </summary>
public interface ISchoolStore
{
    /// <summary>Creates a school; the name must be unused in this database.</summary>
    School CreateSchool(string name, Country country, IReadOnlyList<Language> languages, bool rural, string year);

    /// <summary>All schools in the database, in the order they were created.</summary>
    IReadOnlyList<School> Schools();

    /// <summary>The school with this name, or null.</summary>
    School? FindSchool(string name);

    /// <summary>Changes the school's current year (the year the calendar and quarters come from).</summary>
    void SetYear(long schoolId, string year);

    /// <summary>The code of the rule engine the school chose ("nrules", "compiled"), or null when it chose none.</summary>
    string? RuleEngine(long schoolId);

    /// <summary>Stores the code of the rule engine the school's policy runs on.</summary>
    void SetRuleEngine(long schoolId, string engine);

    /// <summary>What a loaded copy of the school depends on (<see cref="SchoolStamp"/>), in one small read.</summary>
    SchoolStamp Stamp(long schoolId);

    /// <summary>
    /// What changed in the school's data after <paramref name="dataVersion"/>, read in one snapshot with the stamp it
    /// brings the reader to: the marks and absences added since (in load order), or, when one that was there before has
    /// been corrected since, only that (<see cref="SchoolChanges.Corrected"/>). Changes of anything else raise the stamp's
    /// shape version; a reader compares that first.
    /// </summary>
    SchoolChanges ChangesSince(long schoolId, long dataVersion);

    /// <summary>Records whether the school teaches on Saturdays (a six-day week over the country calendar).</summary>
    void SetSixDayWeek(long schoolId, bool sixDayWeek);

    /// <summary>Loads a school's data in one read transaction, so the snapshot is consistent.</summary>
    SchoolData Load(School school);

    /// <summary>
    /// Loads a school's people and teaching as <see cref="Load"/> does, without its journal (no marks, no absences): what
    /// a command that lists cases, tasks and messages shows, without reading a term's hundreds of thousands of marks.
    /// </summary>
    SchoolData LoadWithoutJournal(School school);

    /// <summary>
    /// Begins an import into the school: a write transaction held from the read of <see cref="ISchoolImport.Existing"/>
    /// to <see cref="ISchoolImport.Commit"/>, so the references a caller checks are the references written against.
    /// Disposing the import without committing writes nothing.
    /// </summary>
    ISchoolImport BeginImport(long schoolId);
}
