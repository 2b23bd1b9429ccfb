using InternalControl.Kernel.Concepts;
using InternalControl.Kernel.Diagnostics;
using InternalControl.Kernel.Schools;
using InternalControl.Localization;
using InternalControl.PolicyLanguage.Syntax;
using InternalControl.Rules.Compilation;
using InternalControl.Rules.Tables;

namespace InternalControl.Rules.Testing;
/// <summary>Builds the school of a test block from its `given` facts; pupils, classes and subjects that facts name are created as needed.</summary>
internal static class GivenFacts
{
    // The document of a given absence marked documented: the tests read only whether there is one.
    private const string TestDocument = "test";

    public static SchoolData Build(TestSyntax test, BindContext context, Country country, List<Diagnostic> failures)
    {
        var binder = new ExpressionBinder(context, []);
        var classes = new Dictionary<string, ClassGroup>();
        var pupils = new Dictionary<string, Pupil>();
        var subjects = new Dictionary<string, Subject>();
        var marks = new List<Mark>();
        var absences = new List<Absence>();
        var scores = new List<EvaluationScore>();
        var teachers = new List<TeacherQualification>();
        var staff = new List<Staff>();
        foreach (var given in test.Given)
        {
            var fields = new Dictionary<string, object?>();
            foreach (var field in given.Fields)
            {
                var concept = context.Vocabulary.ConceptOf(field.Field, "Field");
                if (concept is null)
                {
                    failures.Add(Diagnostic.Error("IC1510", field.Span, "Rules.Test.UnknownField", field.Field, given.Type));
                    continue;
                }

                fields[concept] = TableCompiler.Constant(binder.Bind(field.Value));
            }

            string Text(string concept, string fallback) => fields.GetValueOrDefault(concept) is { } v ? Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? fallback : fallback;
            int Number(string concept, int fallback) => fields.GetValueOrDefault(concept) is double d ? (int)d : fallback;
            DateOnly Date(string concept) => fields.GetValueOrDefault(concept) is DateOnly d ? d : test.Now ?? default;

            switch (context.Vocabulary.ConceptOf(given.Type, "Type"))
            {
                case TypeId.Class:
                    var classId = Text(FieldId.Id, "C1");
                    classes[classId] = new ClassGroup(classId, classId, Number(FieldId.Grade, 7), Language.Ru, null)
                    {
                        Marked = Text(FieldId.Marked, "") switch { "yes" => true, "no" => false, _ => null },
                    };
                    break;
                case TypeId.Pupil:
                    var pupilId = Text(FieldId.Id, "P1");
                    pupils[pupilId] = new Pupil(pupilId, pupilId, Text(FieldId.Class, "C1"), default);
                    break;
                case TypeId.Subject:
                    var subjectId = Text(FieldId.Id, "S1");
                    subjects[subjectId] = new Subject(subjectId, subjectId, subjectId, subjectId, subjectId);
                    break;
                case TypeId.Mark:
                    Codes.TryParseMarkKind(Text(FieldId.Kind, "current"), out var kind);
                    marks.Add(new Mark(Text(FieldId.Pupil, "P1"), Text(FieldId.Subject, "S1"), Date(FieldId.Date), Number(FieldId.Value, 0), kind)
                    {
                        Max = fields.ContainsKey(FieldId.MaxPoints) ? Number(FieldId.MaxPoints, 0) : null,
                    });
                    break;
                case TypeId.Absence:
                    Codes.TryParseExcuse(Text(FieldId.Excuse, "none"), out var excuse);
                    // A given absence is documented only when the test says so (documented = true), as an import row with a document.
                    var document = fields.GetValueOrDefault(FieldId.Documented) is true ? TestDocument : null;
                    absences.Add(new Absence(Text(FieldId.Pupil, "P1"), Date(FieldId.Date), Number(FieldId.Lessons, 1), excuse, document));
                    break;
                case TypeId.Score:
                    scores.Add(new EvaluationScore(Text(FieldId.Object, "T1"), Text(FieldId.Kind, "teacher"), Text(FieldId.Sheet, ""), Text(FieldId.Criterion, ""), Number(FieldId.Value, 0), Date(FieldId.Date), ""));
                    break;
                case TypeId.Teacher:
                    // A date the test leaves out is never, as an empty cell of teacher_qualifications.csv.
                    QualificationCategories.TryParse(Text(FieldId.Category, "pedagogue"), out var category);
                    teachers.Add(new TeacherQualification(
                        Text(FieldId.Id, "T1"),
                        category,
                        fields.GetValueOrDefault(FieldId.Attested) as DateOnly?,
                        fields.GetValueOrDefault(FieldId.Trained) as DateOnly?));
                    // A manager (003 criterion 2) is a deputy director in staff.csv; the test says manager = true.
                    if (fields.GetValueOrDefault(FieldId.Manager) is true)
                    {
                        staff.Add(new Staff(teachers[^1].StaffId, teachers[^1].StaffId, Language.Ru, [StaffRole.DeputyDirector]));
                    }

                    break;
            }
        }

        foreach (var id in marks.Select(m => m.PupilId).Concat(absences.Select(a => a.PupilId)))
        {
            pupils.TryAdd(id, new Pupil(id, id, "C1", default));
        }

        foreach (var id in marks.Select(m => m.SubjectId))
        {
            subjects.TryAdd(id, new Subject(id, id, id, id, id));
        }

        foreach (var pupil in pupils.Values)
        {
            classes.TryAdd(pupil.ClassId, new ClassGroup(pupil.ClassId, pupil.ClassId, 7, Language.Ru, null));
        }

        var school = new School(1, "test", country, [Language.Ru], false, "");
        var teaching = classes.Keys.SelectMany(c => subjects.Keys.Select(s => new Teaching(c, s, ""))).ToList();
        return new SchoolData(school, [.. classes.Values], staff, [.. pupils.Values], [], [.. subjects.Values], teaching, marks, absences) { Scores = scores, Qualifications = teachers };
    }

    /// <summary>The date a test runs as of: its `now`, else its latest fact's date.</summary>
    public static DateOnly? Now(TestSyntax test, SchoolData data) =>
        test.Now ?? data.Marks.Select(m => (DateOnly?)m.Date).Concat(data.Absences.Select(a => (DateOnly?)a.Date)).Concat(data.Scores.Select(s => (DateOnly?)s.Date)).Max();
}
