using InternalControl.Kernel.Schools;
using InternalControl.Localization;

namespace InternalControl.Testing.Schools;

/// <summary>
/// Builds a school's data in memory, a short call per class, person, subject, mark or absence, for every test project:
/// <c>SchoolBuilder.Kyrgyz().Class("7A", 7, teacher: "T1").Staff("T1", "…", Language.Ky, StaffRole.ClassTeacher)
/// .Subject("MATH", "Mathematics").Teaching("7A", "MATH", "T1").Pupil("P1", "7A").Mark("P1", "MATH", "2026-10-01", 2).Build()</c>.
/// </summary>
public sealed class SchoolBuilder
{
    private readonly List<ClassGroup> _classes = [];
    private readonly List<Staff> _staff = [];
    private readonly List<Pupil> _pupils = [];
    private readonly List<Parent> _parents = [];
    private readonly List<Subject> _subjects = [];
    private readonly List<Teaching> _teaching = [];
    private readonly List<Mark> _marks = [];
    private readonly List<Absence> _absences = [];
    private School _school;

    private SchoolBuilder(School school) => _school = school;

    /// <summary>A Kyrgyz school teaching in Kyrgyz, in the 2026-2027 year.</summary>
    public static SchoolBuilder Kyrgyz(string year = "2026-2027") => new(new School(1, "School 97", Country.Kg, [Language.Ky], false, year));

    /// <summary>A Kazakh school teaching in Russian, in the 2025-2026 year.</summary>
    public static SchoolBuilder Kazakh(string year = "2025-2026") => new(new School(1, "School", Country.Kz, [Language.Ru], false, year));

    /// <summary>Replaces the school itself (its id, name, country, languages, year).</summary>
    public SchoolBuilder School(School school)
    {
        _school = school;
        return this;
    }

    /// <summary>The class added last.</summary>
    public string LastClass => _classes[^1].Id;

    public SchoolBuilder Class(string id, int grade, string? teacher = null, Language language = Language.Ky, string? name = null)
    {
        _classes.Add(new ClassGroup(id, name ?? id, grade, language, teacher));
        return this;
    }

    public SchoolBuilder Staff(string id, string name, Language language, params StaffRole[] roles)
    {
        _staff.Add(new Staff(id, name, language, roles));
        return this;
    }

    /// <summary>A subject with one name for every language unless others are given.</summary>
    public SchoolBuilder Subject(string id, string name, string? kk = null, string? ky = null, string? ru = null)
    {
        _subjects.Add(new Subject(id, kk ?? name, ky ?? name, ru ?? name, name));
        return this;
    }

    public SchoolBuilder Teaching(string classId, string subject, string teacher, decimal? weeklyHours = null)
    {
        _teaching.Add(new Teaching(classId, subject, teacher, weeklyHours));
        return this;
    }

    /// <summary>Sets the weekly hours of a class's subject that is taught already.</summary>
    public SchoolBuilder Hours(string classId, string subject, decimal hours)
    {
        var i = _teaching.FindIndex(t => t.ClassId == classId && t.SubjectId == subject);
        _teaching[i] = _teaching[i] with { WeeklyHours = hours };
        return this;
    }

    public SchoolBuilder Pupil(string id, string classId, string? name = null, DateOnly? birth = null)
    {
        _pupils.Add(new Pupil(id, name ?? "Pupil " + id, classId, birth ?? new DateOnly(2013, 1, 1)));
        return this;
    }

    public SchoolBuilder Parent(string id, string pupil, Language language, string? name = null, string? phone = null, string? email = null)
    {
        _parents.Add(new Parent(id, name ?? "Parent " + id, pupil, language, phone, email));
        return this;
    }

    public SchoolBuilder Mark(string pupil, string subject, DateOnly date, int value, MarkKind kind = MarkKind.Current)
    {
        _marks.Add(new Mark(pupil, subject, date, value, kind));
        return this;
    }

    /// <summary>A mark on an ISO date (<c>2026-10-01</c>).</summary>
    public SchoolBuilder Mark(string pupil, string subject, string date, int value, MarkKind kind = MarkKind.Current) =>
        Mark(pupil, subject, Kernel.Time.IsoDate.Parse(date), value, kind);

    public SchoolBuilder Marks(IEnumerable<Mark> marks)
    {
        _marks.AddRange(marks);
        return this;
    }

    public SchoolBuilder Absence(string pupil, DateOnly date, int lessons, AbsenceExcuse excuse = AbsenceExcuse.None, string? document = null)
    {
        _absences.Add(new Absence(pupil, date, lessons, excuse, document));
        return this;
    }

    public SchoolBuilder Absences(IEnumerable<Absence> absences)
    {
        _absences.AddRange(absences);
        return this;
    }

    /// <summary>A journal's facts in arrival order, each a mark or an absence: the marks, then the absences.</summary>
    public SchoolBuilder Journal(IEnumerable<(Mark? Mark, Absence? Absence)> facts)
    {
        var list = facts.ToList();
        return Marks(list.Select(f => f.Mark).OfType<Mark>()).Absences(list.Select(f => f.Absence).OfType<Absence>());
    }

    public SchoolData Build() => new(_school, [.. _classes], [.. _staff], [.. _pupils], [.. _parents], [.. _subjects], [.. _teaching], [.. _marks], [.. _absences]);
}
