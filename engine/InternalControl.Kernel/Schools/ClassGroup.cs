using InternalControl.Localization;

namespace InternalControl.Kernel.Schools;

/// <summary>A class of pupils ("7Б"), taught in one language, led by a class teacher.</summary>
public sealed record ClassGroup(string Id, string Name, int GradeLevel, Language Language, string? ClassTeacherId);
