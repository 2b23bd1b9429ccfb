using FluentMigrator;

namespace InternalControl.Storage.Migrations;

/// <summary>
/// Whether a version's text is the one the product ships (1: `ic init` attached it, or an upgrade to the texts shipped
/// since) or a text of the school's own (0: `ic policy set`, the policy editor, a rollback). Only a file whose latest text
/// is the product's is upgraded to a newer shipped text; a school's own text under a shipped name stays. Of the versions
/// kept before this migration, those `ic init` attached are the product's: the first version of a file attached at the
/// school's first attach (init attaches the country's files together, before any overlay). Every other is the school's.
/// </summary>
[Migration(3402, "Shipped policy versions")]
public sealed class M3402_ShippedPolicyVersions : PortableMigration
{
    public override void Up()
    {
        Sql("ALTER TABLE school_policy_versions ADD COLUMN shipped INTEGER NOT NULL DEFAULT 0");
        Sql("""
            UPDATE school_policy_versions SET shipped = 1
            WHERE id = (SELECT MIN(v.id) FROM school_policy_versions v
                        WHERE v.school_id = school_policy_versions.school_id AND v.file_name = school_policy_versions.file_name)
              AND attached_at = (SELECT MIN(w.attached_at) FROM school_policy_versions w
                                 WHERE w.school_id = school_policy_versions.school_id);
            """);
    }

    public override void Down() => Delete.Column("shipped").FromTable("school_policy_versions");
}
