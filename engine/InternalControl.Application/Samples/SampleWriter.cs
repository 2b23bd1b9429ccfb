using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsvHelper;
using InternalControl.Application.Files;
using InternalControl.Kernel.Diagnostics;
using InternalControl.Kernel.Schools;
using InternalControl.Kernel.Time;
using InternalControl.Localization;
using InternalControl.Storage.Contacts;

namespace InternalControl.Application.Samples;

/// <summary>Writes a sample school as the import format: UTF-8 without a byte order mark, commas, LF line ends.</summary>
internal static class SampleWriter
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { NewLine = "\n" };

    /// <summary>Writes the files, or says why not: a folder that holds CSV files already (unless <paramref name="replace"/>), or a file that could not be written.</summary>
    public static Diagnostic? Write(SampleData data, SampleSummary summary, SampleOptions options, string folder, bool replace)
    {
        if (string.IsNullOrWhiteSpace(folder))
        {
            return Diagnostic.ErrorOf("Files.Error.NoPath");
        }

        if (System.IO.File.Exists(folder))
        {
            return Diagnostic.ErrorOf("Files.Error.NotAFolder", folder);
        }

        if (!replace && Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*.csv").Any())
        {
            return Diagnostic.ErrorOf("Files.Error.FolderNotEmpty", folder);
        }

        Directory.CreateDirectory(folder);
        return File(folder, "classes.csv", ["class_id", "name", "grade_level", "language", "class_teacher_id"], data.Classes,
            c => [c.Id, c.Name, Number(c.GradeLevel), c.Language.Code(), c.ClassTeacherId])
            ?? File(folder, "staff.csv", ["staff_id", "full_name", "language", "roles"], data.Staff,
            s => [s.Id, s.FullName, s.Language.Code(), string.Join("|", s.Roles.Select(r => r.Code()))])
            ?? File(folder, "pupils.csv", ["pupil_id", "full_name", "class_id", "birth_date"], data.Pupils,
            p => [p.Id, p.FullName, p.ClassId, Date(p.BirthDate)])
            ?? File(folder, "parents.csv", ["parent_id", "full_name", "pupil_id", "language", "phone", "email"], data.Parents,
            p => [p.Id, p.FullName, p.PupilId, p.Language.Code(), p.Phone, p.Email])
            ?? File(folder, "subjects.csv", ["subject_id", "name_kk", "name_ky", "name_ru", "name_en"], data.Subjects,
            s => [s.Id, s.NameKk, s.NameKy, s.NameRu, s.NameEn])
            ?? File(folder, "teaching.csv", ["class_id", "subject_id", "teacher_id", "weekly_hours"], data.Teaching,
            t => [t.ClassId, t.SubjectId, t.TeacherId, t.WeeklyHours is { } h ? h.ToString(CultureInfo.InvariantCulture) : ""])
            ?? File(folder, "marks.csv", ["pupil_id", "subject_id", "date", "value", "kind", "max_points"], data.Marks,
            m => [m.PupilId, m.SubjectId, Date(m.Date), Number(m.Value), m.Kind.Code(), m.Max is { } max ? Number(max) : ""])
            ?? File(folder, "absences.csv", ["pupil_id", "date", "lessons", "excuse", "document"], data.Absences,
            a => [a.PupilId, Date(a.Date), Number(a.Lessons), a.Excuse.Code(), a.Document])
            ?? File(folder, "contacts.csv", ["person_kind", "person_id", "channel", "address", "preference"], SampleContacts.Of(data),
            c => [c.PersonKind, c.PersonId, c.Channel.Code(), c.Address, Number(c.Preference)])
            ?? Qualifications(folder, SampleQualifications.Of(options.Country, data, summary.AsOf))
            ?? Plan(folder, SamplePlan.Rows(options.Country, data))
            ?? Json(folder, summary, options);
    }

    /// <summary>teacher_qualifications.csv, for a country whose policy reads it (<see cref="SampleQualifications"/>).</summary>
    private static Diagnostic? Qualifications(string folder, IReadOnlyList<TeacherQualification> rows) =>
        rows.Count == 0 ? null : File(folder, "teacher_qualifications.csv", SampleQualifications.Header, rows,
            q => [q.StaffId, q.Category.Code(), q.Attested is { } a ? Date(a) : "", q.Trained is { } t ? Date(t) : ""]);

    /// <summary>plan.csv, for a country that ships a plan (<see cref="SamplePlan"/>).</summary>
    private static Diagnostic? Plan(string folder, IReadOnlyList<string[]> rows) =>
        rows.Count == 0 ? null : File(folder, "plan.csv", SamplePlan.Header, rows, r => r);

    private static Diagnostic? Json(string folder, SampleSummary summary, SampleOptions options)
    {
        var json = JsonSerializer.Serialize(
            new Dictionary<string, object>
            {
                ["country"] = summary.Country.Code(),
                ["name"] = summary.SchoolName,
                ["languages"] = summary.Languages.Select(l => l.Code()).ToArray(),
                ["year"] = summary.Year,
                ["as_of"] = Date(summary.AsOf),
                ["seed"] = options.Seed,
                ["pupils"] = options.Pupils,
            },
            new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        return FileOutput.Write(Path.Combine(folder, "sample.json"), stream => stream.Write(Encoding.UTF8.GetBytes(json.ReplaceLineEndings("\n") + "\n")));
    }

    private static Diagnostic? File<T>(string folder, string name, string[] header, IEnumerable<T> rows, Func<T, string?[]> fields) =>
        FileOutput.Write(Path.Combine(folder, name), stream =>
        {
            using var writer = CsvWriter.Create(stream, Options);
            writer.WriteRecord(header);
            foreach (var row in rows)
            {
                writer.WriteRecord(fields(row));
            }
        });

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => IsoDate.Text(date);
}
