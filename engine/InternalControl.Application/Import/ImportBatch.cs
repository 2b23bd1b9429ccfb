using InternalControl.Kernel.Plans;
using InternalControl.Kernel.Schools;
using InternalControl.Storage.Contacts;
using InternalControl.Storage.Schools;

namespace InternalControl.Application.Import;

/// <summary>The rows of an import folder that passed every check, ready to be written in one transaction.</summary>
internal sealed class ImportBatch
{
    public Keyed<string, ClassGroup> Classes { get; } = new();

    public Keyed<string, Staff> Staff { get; } = new();

    public Keyed<string, Pupil> Pupils { get; } = new();

    public Keyed<(string Id, string PupilId), Parent> Parents { get; } = new();

    public Keyed<string, Subject> Subjects { get; } = new();

    public Keyed<(string ClassId, string SubjectId), Teaching> Teaching { get; } = new();

    /// <summary>Marks in file order.</summary>
    public List<Mark> Marks { get; } = [];

    public Keyed<(string PupilId, DateOnly Date), Absence> Absences { get; } = new();

    public Keyed<(string Kind, string Id, ContactChannel Channel), Contact> Contacts { get; } = new();

    /// <summary>The plan (plan.csv) in file order; null when the source has no plan, which leaves the stored one.</summary>
    public IReadOnlyList<PlanControl>? Plan { get; set; }
    public Keyed<string, TeacherQualification> Qualifications { get; } = new();

    /// <summary>The rows to write.</summary>
    public SchoolRows Rows() => new()
    {
        Classes = Classes.Values,
        Staff = Staff.Values,
        Pupils = Pupils.Values,
        Parents = Parents.Values,
        Subjects = Subjects.Values,
        Teaching = Teaching.Values,
        Marks = Marks,
        Absences = Absences.Values,
        Contacts = Contacts.Values,
        Plan = Plan,
        Qualifications = Qualifications.Values,
    };

    /// <summary>The rows of a file that repeated an earlier row with the same values (none for marks, which may repeat).</summary>
    public IReadOnlyList<(int Row, int FirstRow)> RepeatsOf(string entity) => entity switch
    {
        "classes" => Classes.Repeats,
        "staff" => Staff.Repeats,
        "pupils" => Pupils.Repeats,
        "parents" => Parents.Repeats,
        "subjects" => Subjects.Repeats,
        "teaching" => Teaching.Repeats,
        "absences" => Absences.Repeats,
        "contacts" => Contacts.Repeats,
        ImportReader.QualificationsEntity => Qualifications.Repeats,
        _ => [],
    };

    /// <summary>Rows per entity (the keys of <see cref="ImportOutcome.Counts"/>): rows read, less those that repeat an earlier row.</summary>
    public Dictionary<string, int> Counts { get; } = ImportOutcome.Entities.ToDictionary(e => e, _ => 0);
}
