using System.Runtime.CompilerServices;
using InternalControl.Kernel.Schools;

namespace InternalControl.Application.Access;

/// <summary>
/// What <see cref="PupilAccess"/> looks up on every request, indexed once per snapshot of a school's data (the
/// snapshot is immutable; a new import or mark makes a new one, which gets its own index): pupils by id and by class,
/// teaching by teacher, classes by class teacher, children by parent, staff by id. Deciding a person's access then
/// reads their own rows instead of scanning the school.
/// </summary>
internal sealed class AccessIndex
{
    private static readonly ConditionalWeakTable<SchoolData, AccessIndex> Cache = [];

    private AccessIndex(SchoolData data)
    {
        PupilById = data.Pupils.ToDictionary(p => p.Id, StringComparer.Ordinal);
        AllPupils = new HashSet<string>(data.Pupils.Select(p => p.Id), StringComparer.Ordinal);
        AllClasses = new HashSet<string>(data.Classes.Select(c => c.Id), StringComparer.Ordinal);
        PupilsByClass = data.Pupils.ToLookup(p => p.ClassId, p => p.Id, StringComparer.Ordinal);
        TeachingByTeacher = data.Teaching.ToLookup(t => t.TeacherId, StringComparer.Ordinal);
        ClassesByTeacher = data.Classes.Where(c => c.ClassTeacherId is not null).ToLookup(c => c.ClassTeacherId!, c => c.Id, StringComparer.Ordinal);
        ChildrenByParent = data.Parents.ToLookup(p => p.Id, p => p.PupilId, StringComparer.Ordinal);
        StaffById = data.Staff.DistinctBy(s => s.Id).ToDictionary(s => s.Id, StringComparer.Ordinal);
    }

    public Dictionary<string, Pupil> PupilById { get; }

    public HashSet<string> AllPupils { get; }

    public HashSet<string> AllClasses { get; }

    public ILookup<string, string> PupilsByClass { get; }

    public ILookup<string, Teaching> TeachingByTeacher { get; }

    public ILookup<string, string> ClassesByTeacher { get; }

    public ILookup<string, string> ChildrenByParent { get; }

    public Dictionary<string, Staff> StaffById { get; }

    /// <summary>The index of <paramref name="data"/>, built on first use and kept as long as the snapshot lives.</summary>
    public static AccessIndex Of(SchoolData data) => Cache.GetValue(data, d => new AccessIndex(d));
}
