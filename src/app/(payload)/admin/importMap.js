import { TranslatorNotice as TranslatorNotice_44f26ec37f381669fcbda7750f43e28f } from '../../../../src/admin/TranslatorNotice'
import { PrintEditionField as PrintEditionField_43a76dc9b0f669bd2f824e63eda81c9e } from '../../../../src/admin/PrintEditionField'
import { TranslationChangesField as TranslationChangesField_a155b56f4cd066515cf734e63a4aa5c1 } from '../../../../src/admin/TranslationChangesField'
import { JsonField as JsonField_defd8db80966f10159aa190a170acbe8 } from '../../../../src/admin/JsonField'
import { PublishButtonForEditors as PublishButtonForEditors_4c84ab6986051829192ebca6acc2202b } from '../../../../src/admin/PublishButtonForEditors'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { BlocksFeatureClient as BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { QuoteBlockLabel as QuoteBlockLabel_35a8e9502fc27537af053577bd15c55f } from '../../../../src/admin/BlockLabel'
import { ExerciseBlockLabel as ExerciseBlockLabel_35a8e9502fc27537af053577bd15c55f } from '../../../../src/admin/BlockLabel'
import { NotepadBlockLabel as NotepadBlockLabel_35a8e9502fc27537af053577bd15c55f } from '../../../../src/admin/BlockLabel'
import { CalloutBlockLabel as CalloutBlockLabel_35a8e9502fc27537af053577bd15c55f } from '../../../../src/admin/BlockLabel'
import { FigureBlockLabel as FigureBlockLabel_35a8e9502fc27537af053577bd15c55f } from '../../../../src/admin/BlockLabel'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AgendaField as AgendaField_7005913ee9803f1b3d03556b1750d11c } from '../../../../src/admin/AgendaField'
import { PublicationDownloadField as PublicationDownloadField_3fc7e3c7d70ab1934a2b02ee6f4dc7c8 } from '../../../../src/admin/PublicationDownload'
import { PublicationDownloadCell as PublicationDownloadCell_3fc7e3c7d70ab1934a2b02ee6f4dc7c8 } from '../../../../src/admin/PublicationDownload'
import { TranslationNavLink as TranslationNavLink_c7884d233fb833b48b06a3e99adb0400 } from '../../../../src/admin/TranslationNavLink'
import { DashboardCards as DashboardCards_e91411efb21477ff2f4c9c2ff04c82cd } from '../../../../src/admin/DashboardCards'
import { TranslationDashboard as TranslationDashboard_961d44ab0b467a2af472059c036ff1c7 } from '../../../../src/admin/TranslationDashboard'
import { XliffView as XliffView_baf88c64eb3b3813649f2fd98626f53a } from '../../../../src/admin/XliffView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/src/admin/TranslatorNotice#TranslatorNotice": TranslatorNotice_44f26ec37f381669fcbda7750f43e28f,
  "/src/admin/PrintEditionField#PrintEditionField": PrintEditionField_43a76dc9b0f669bd2f824e63eda81c9e,
  "/src/admin/TranslationChangesField#TranslationChangesField": TranslationChangesField_a155b56f4cd066515cf734e63a4aa5c1,
  "/src/admin/JsonField#JsonField": JsonField_defd8db80966f10159aa190a170acbe8,
  "/src/admin/PublishButtonForEditors#PublishButtonForEditors": PublishButtonForEditors_4c84ab6986051829192ebca6acc2202b,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#BlocksFeatureClient": BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/admin/BlockLabel#QuoteBlockLabel": QuoteBlockLabel_35a8e9502fc27537af053577bd15c55f,
  "/src/admin/BlockLabel#ExerciseBlockLabel": ExerciseBlockLabel_35a8e9502fc27537af053577bd15c55f,
  "/src/admin/BlockLabel#NotepadBlockLabel": NotepadBlockLabel_35a8e9502fc27537af053577bd15c55f,
  "/src/admin/BlockLabel#CalloutBlockLabel": CalloutBlockLabel_35a8e9502fc27537af053577bd15c55f,
  "/src/admin/BlockLabel#FigureBlockLabel": FigureBlockLabel_35a8e9502fc27537af053577bd15c55f,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/admin/AgendaField#AgendaField": AgendaField_7005913ee9803f1b3d03556b1750d11c,
  "/src/admin/PublicationDownload#PublicationDownloadField": PublicationDownloadField_3fc7e3c7d70ab1934a2b02ee6f4dc7c8,
  "/src/admin/PublicationDownload#PublicationDownloadCell": PublicationDownloadCell_3fc7e3c7d70ab1934a2b02ee6f4dc7c8,
  "/src/admin/TranslationNavLink#TranslationNavLink": TranslationNavLink_c7884d233fb833b48b06a3e99adb0400,
  "/src/admin/DashboardCards#DashboardCards": DashboardCards_e91411efb21477ff2f4c9c2ff04c82cd,
  "/src/admin/TranslationDashboard#TranslationDashboard": TranslationDashboard_961d44ab0b467a2af472059c036ff1c7,
  "/src/admin/XliffView#XliffView": XliffView_baf88c64eb3b3813649f2fd98626f53a,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
