using InternalControl.Kernel.Schools;

namespace InternalControl.Application.Samples;

/// <summary>A generated school in memory, in the order its files list it.</summary>
internal sealed class SampleData
{
    public List<ClassGroup> Classes { get; } = [];

    public List<Staff> Staff { get; } = [];

    public List<Pupil> Pupils { get; } = [];

    public List<Parent> Parents { get; } = [];

    public List<Subject> Subjects { get; } = [];

    public List<Teaching> Teaching { get; } = [];

    public List<Mark> Marks { get; } = [];

    public List<Absence> Absences { get; } = [];

    /// <summary>The subjects each class learns, in curriculum order.</summary>
    public Dictionary<string, List<SampleSubject>> Curriculum { get; } = [];
}
