namespace InternalControl.Application.Access;

/// <summary>Who can sign in: a member of staff or a parent.</summary>
public enum PersonKind
{
    Staff,
    Parent,
}
