using System.Text;
using CsvHelper;
using InternalControl.Kernel.Schools;

namespace InternalControl.Application.Samples;

/// <summary>
/// The plan.csv of the sample Kazakh school: the internal control plan of seed 000 (seeds/plans/kz/vshk-000.csv,
/// copied beside the program as plans/kz/vshk-000.csv), whose responsible column names roles, with each role given to a
/// member of the sample staff. The plan's own text stays in the data file; only the people are the sample's.
/// </summary>
internal static class SamplePlan
{
    /// <summary>The columns of plan.csv, in the order the sample writes them.</summary>
    public static readonly string[] Header =
        ["control_id", "direction", "topic", "object_kind", "object_id", "sheet", "month", "responsible_id", "venue", "output", "second_month"];

    // The roles of the data file that the sample staff has no role for (the seed's librarian, clerk, pre-school
    // educator, senior youth leader, nurse, research supervisor, a named teacher): each is one of the subject teachers
    // who are not class teachers, in this order, so the plan's tasks spread over people.
    private static readonly string[] TeacherRoles =
        ["subject_teacher", "research_supervisor", "librarian", "clerk", "educator", "youth_leader"];

    /// <summary>The seed plan of a country, beside the program; null for a country that ships none (Kyrgyzstan).</summary>
    public static string? SeedFile(Country country) => country == Country.Kz
        ? Path.Combine(AppContext.BaseDirectory, "plans", "kz", "vshk-000.csv")
        : null;

    /// <summary>
    /// The sample's plan rows (values in <see cref="Header"/> order), or an empty list when the country ships no plan.
    /// A missing or unreadable data file is a broken installation, not bad input: it throws.
    /// </summary>
    public static IReadOnlyList<string[]> Rows(Country country, SampleData data)
    {
        if (SeedFile(country) is not { } file)
        {
            return [];
        }

        var staff = People(data);
        var rows = new List<string[]>();
        using var reader = CsvReader.Create(File.ReadAllBytes(file), CsvReaderOptions.Default with { HasHeader = true, Separator = ',' });
        var responsible = reader.TryGetFieldIndex("responsible", out var at) ? at
            : throw new InvalidDataException($"{file} has no column \"responsible\".");
        while (reader.Read())
        {
            var values = Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray();
            var role = values[responsible];
            values[responsible] = staff.TryGetValue(role, out var id) ? id
                : throw new InvalidDataException($"{file}: no sample staff for the role \"{role}\".");
            rows.Add(values);
        }

        return rows;
    }

    /// <summary>Each role of the data file with the sample staff member who holds it.</summary>
    private static Dictionary<string, string> People(SampleData data)
    {
        string First(StaffRole role) => data.Staff.First(s => s.Roles.Contains(role)).Id;
        var people = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["director"] = First(StaffRole.Director),
            ["deputy_director"] = First(StaffRole.DeputyDirector),

            // The sample school has one deputy director, who also leads upbringing work.
            ["deputy_director_upbringing"] = First(StaffRole.DeputyDirector),
            ["psychologist"] = First(StaffRole.Psychologist),
            ["social_pedagogue"] = First(StaffRole.SocialPedagogue),

            // The school nurse's work with families (seed 000, 7.20) is followed by the social pedagogue.
            ["nurse"] = First(StaffRole.SocialPedagogue),
            ["class_teacher"] = First(StaffRole.ClassTeacher),

            // The seed's "Ә/Б жетекшісі" leads a methodical association; the sample's methodological council's head
            // is the teacher who also leads one, as the council's head usually does.
            ["methodical_head"] = First(StaffRole.MethodologicalCouncilHead),
        };
        var teachers = data.Staff.Where(s => s.Roles.SequenceEqual([StaffRole.SubjectTeacher])).Select(s => s.Id).ToList();
        for (var i = 0; i < TeacherRoles.Length; i++)
        {
            people[TeacherRoles[i]] = teachers[i % teachers.Count];
        }

        return people;
    }
}
