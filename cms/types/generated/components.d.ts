import type { Schema, Struct } from '@strapi/strapi';

export interface ContentFigure extends Struct.ComponentSchema {
  collectionName: 'components_content_figures';
  info: {
    description: 'An image with its caption, alternative text and credit';
    displayName: 'Figure';
    icon: 'picture';
  };
  attributes: {
    alternativeText: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    caption: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    credit: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    image: Schema.Attribute.Media<'images'>;
  };
}

export interface ContentRichText extends Struct.ComponentSchema {
  collectionName: 'components_content_rich_texts';
  info: {
    description: 'Paragraphs, headings, lists and links';
    displayName: 'Rich text';
    icon: 'feather';
  };
  attributes: {
    body: Schema.Attribute.Blocks & Schema.Attribute.Required;
  };
}

export interface EventTheme extends Struct.ComponentSchema {
  collectionName: 'components_event_themes';
  info: {
    description: 'A theme or topic for discussion at an event';
    displayName: 'Theme';
    icon: 'bulletList';
  };
  attributes: {
    text: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 600;
      }>;
  };
}

export interface ProjectPartner extends Struct.ComponentSchema {
  collectionName: 'components_project_partners';
  info: {
    description: 'An organisation taking part in the project and its role';
    displayName: 'Partner';
    icon: 'handHeart';
  };
  attributes: {
    department: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    organisation: Schema.Attribute.Relation<'oneToOne', 'api::organisation.organisation'>;
    role: Schema.Attribute.Enumeration<['lead', 'participant', 'co_host']> &
      Schema.Attribute.Required;
  };
}

export interface ProjectWorkstream extends Struct.ComponentSchema {
  collectionName: 'components_project_workstreams';
  info: {
    description: "One of the project's workstreams: publication series, network development, seminar series";
    displayName: 'Workstream';
    icon: 'layer';
  };
  attributes: {
    description: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
    key: Schema.Attribute.Enumeration<
      ['publication_series', 'network_development', 'seminar_series']
    > &
      Schema.Attribute.Required;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
  };
}

export interface SharedLink extends Struct.ComponentSchema {
  collectionName: 'components_shared_links';
  info: {
    description: 'A labelled link to a page or document';
    displayName: 'Link';
    icon: 'link';
  };
  attributes: {
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    url: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2048;
      }>;
  };
}

export interface SharedSeo extends Struct.ComponentSchema {
  collectionName: 'components_shared_seos';
  info: {
    description: 'Overrides of the page title, description and sharing image for search engines and social cards';
    displayName: 'SEO';
    icon: 'search';
  };
  attributes: {
    metaDescription: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 180;
      }>;
    metaTitle: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 70;
      }>;
    shareImage: Schema.Attribute.Media<'images'>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'content.figure': ContentFigure;
      'content.rich-text': ContentRichText;
      'event.theme': EventTheme;
      'project.partner': ProjectPartner;
      'project.workstream': ProjectWorkstream;
      'shared.link': SharedLink;
      'shared.seo': SharedSeo;
    }
  }
}
