using InternalControl.Kernel.Schools;
using InternalControl.Localization;

namespace InternalControl.Application.Tests.Reports;
/// <summary>
/// A small hand-built school: one class with two subjects, pupils added with marks by a short call each.
/// Dates fall in 2025-2026, quarter 1 of both built-in calendars (September).
/// </summary>
internal sealed class Some
{
    public static readonly DateOnly Q1 = new(2025, 9, 15);

    private readonly List<ClassGroup> _classes = [];
    private readonly List<Pupil> _pupils = [];
    private readonly List<Mark> _marks = [];
    private readonly List<Teaching> _teaching = [];
    private readonly List<Staff> _staff = [new("t1", "Асанова Г.", Language.Ky, [StaffRole.SubjectTeacher])];

    private Some(Country country) => Country = country;

    public Country Country { get; }

    public static Some School(Country country = Country.Kz) => new(country);

    public Some Class(string id, int grade)
    {
        _classes.Add(new ClassGroup(id, id, grade, Language.Ru, null));
        _teaching.Add(new Teaching(id, "math", "t1"));
        _teaching.Add(new Teaching(id, "lit", "t1"));
        return this;
    }

    /// <summary>Gives the last class's <paramref name="subject"/> its weekly hours (teaching.csv weekly_hours).</summary>
    public Some Hours(string subject, decimal hours)
    {
        var i = _teaching.FindIndex(t => t.ClassId == _classes[^1].Id && t.SubjectId == subject);
        _teaching[i] = _teaching[i] with { WeeklyHours = hours };
        return this;
    }

    /// <summary>Adds a pupil to the last class with current marks per subject: ("math", [5, 4]).</summary>
    public Some Pupil(string id, params (string Subject, int[] Marks)[] marks)
    {
        _pupils.Add(new Pupil(id, "Pupil " + id, _classes[^1].Id, new DateOnly(2012, 1, 1)));
        foreach (var (subject, values) in marks)
        {
            var day = 0;
            foreach (var v in values)
            {
                _marks.Add(new Mark(id, subject, Q1.AddDays(day++), v, MarkKind.Current));
            }
        }

        return this;
    }

    public Some Mark(string pupil, string subject, MarkKind kind, int value, DateOnly? date = null)
    {
        _marks.Add(new Mark(pupil, subject, date ?? Q1, value, kind));
        return this;
    }

    public SchoolData Build() => new(
        new School(1, "School", Country, [Language.Ru], false, "2025-2026"),
        _classes,
        _staff,
        _pupils,
        [],
        [new Subject("math", "Математика", "Математика", "Математика", "Mathematics"), new Subject("lit", "Әдебиет", "Адабият", "Литература", "Literature")],
        _teaching,
        _marks,
        []);
}
