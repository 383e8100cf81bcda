// Side panel (React): the shared UI primitives; import theme.css once at the app root.
export { Button, IconButton, type ButtonProps, type ButtonVariant, type IconButtonProps } from './button';
export { Chip, type ChipProps, type ChipTone } from './chip';
export { Card, type CardProps } from './card';
export { Tabs, Segmented, type TabItem, type TabsProps, type SegmentedProps } from './tabs';
export { Banner, Callout, type BannerProps, type BannerTone } from './banner';
export { Spinner, Skeleton, type SkeletonProps } from './spinner';
export { EmptyState, type EmptyStateProps } from './empty-state';
export { TextArea, type TextAreaProps } from './text-area';
export { useFormSubmit, FormOutcomeBanner, type FormOutcome, type FormSubmit } from './use-form-submit';
export { useEditedCopy, type EditedCopy } from './use-edited-copy';
