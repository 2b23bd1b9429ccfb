using InternalControl.Kernel.Schools;
using InternalControl.Localization;
using InternalControl.Testing.Schools;

namespace InternalControl.Application.Tests.Reports;

/// <summary>
/// A small hand-built school: one class with two subjects, pupils added with marks by a short call each.
/// Dates fall in 2025-2026, quarter 1 of both built-in calendars (September).
/// </summary>
internal sealed class Some
{
    public static readonly DateOnly Q1 = new(2025, 9, 15);

    private readonly SchoolBuilder _school;

    private Some(Country country)
    {
        Country = country;
        _school = SchoolBuilder.Kazakh()
            .School(new School(1, "School", country, [Language.Ru], false, "2025-2026"))
            .Staff("t1", "Асанова Г.", Language.Ky, StaffRole.SubjectTeacher)
            .Subject("math", "Mathematics", "Математика", "Математика", "Математика")
            .Subject("lit", "Literature", "Әдебиет", "Адабият", "Литература");
    }

    public Country Country { get; }

    public static Some School(Country country = Country.Kz) => new(country);

    public Some Class(string id, int grade)
    {
        _school.Class(id, grade, language: Language.Ru).Teaching(id, "math", "t1").Teaching(id, "lit", "t1");
        return this;
    }

    /// <summary>Gives the last class's <paramref name="subject"/> its weekly hours (teaching.csv weekly_hours).</summary>
    public Some Hours(string subject, decimal hours)
    {
        _school.Hours(_school.LastClass, subject, hours);
        return this;
    }

    /// <summary>Adds a pupil to the last class with current marks per subject: ("math", [5, 4]).</summary>
    public Some Pupil(string id, params (string Subject, int[] Marks)[] marks)
    {
        _school.Pupil(id, _school.LastClass, birth: new DateOnly(2012, 1, 1));
        foreach (var (subject, values) in marks)
        {
            var day = 0;
            foreach (var v in values)
            {
                _school.Mark(id, subject, Q1.AddDays(day++), v);
            }
        }

        return this;
    }

    public Some Mark(string pupil, string subject, MarkKind kind, int value, DateOnly? date = null)
    {
        _school.Mark(pupil, subject, date ?? Q1, value, kind);
        return this;
    }

    public SchoolData Build() => _school.Build();
}
