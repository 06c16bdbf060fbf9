import type { CardInput } from './types.js';

/** Computer vision for applied roles: classification first, detection next, deployment always. */
export const computerVisionCards: CardInput[] = [
  {
    id: 'cv-convolutions',
    topic: 'computer-vision',
    rounds: ['technical-screen'],
    level: 'entry',
    prompt: 'Why do convolutional networks work better on images than fully connected networks?',
    answer:
      'A convolution slides a small filter over the image, reusing the same weights at every position, so it needs far fewer parameters and detects a pattern wherever it appears. Stacking layers grows the receptive field, letting early layers find edges and later ones textures, parts and objects. A fully connected layer on raw pixels would need millions of weights, ignore that neighbouring pixels belong together and overfit badly.',
    skills: ['computer-vision', 'neural-networks'],
  },
  {
    id: 'cv-pretrained-backbones',
    topic: 'computer-vision',
    rounds: ['technical-screen', 'take-home'],
    level: 'entry',
    prompt: 'You have 3,000 labelled product photos in 8 classes. How do you build the classifier?',
    answer:
      'Start from a pretrained backbone such as a ResNet, EfficientNet or a small vision transformer, replace its final layer with an 8-class head, and preprocess images exactly as the backbone expects (size and normalization). Train the head first, then fine-tune deeper layers with a lower learning rate and augmentation. Hold out a stratified validation set, look at the confusion matrix for classes that get mixed up, and check for near-duplicate photos across splits.',
    skills: ['cnn-transfer-learning', 'computer-vision'],
  },
  {
    id: 'cv-data-augmentation',
    topic: 'computer-vision',
    rounds: ['technical-screen', 'take-home'],
    level: 'entry',
    prompt: 'What is data augmentation, and how do you choose augmentations?',
    answer:
      'Augmentation applies random, label-preserving changes to training images (crops, flips, small rotations, colour and brightness shifts, blur) so the model sees more variety and overfits less. Choose only changes that could occur in real inputs and do not change the label: a horizontal flip is fine for cats but wrong for reading text or telling left from right in medical scans. Apply augmentation to training data only; validation and test images get the deterministic preprocessing.',
    skills: ['computer-vision', 'cnn-transfer-learning'],
  },
  {
    id: 'cv-task-types',
    topic: 'computer-vision',
    rounds: ['technical-screen'],
    level: 'entry',
    prompt: 'Compare image classification, object detection and segmentation.',
    answer:
      'Classification assigns one label (or several) to the whole image. Object detection finds each object and returns a box and a class for it, which lets you count and locate items. Segmentation labels every pixel, either by class (semantic) or by individual object (instance), which you need for precise shapes such as defects or organs. Each step up needs more expensive labels, so use the simplest task that answers the business question.',
    skills: ['computer-vision', 'object-detection'],
  },
  {
    id: 'cv-iou-map',
    topic: 'computer-vision',
    rounds: ['technical-screen', 'onsite'],
    level: 'mid',
    prompt: 'How is an object detector evaluated? Explain IoU, mAP and non-maximum suppression.',
    answer:
      'Intersection over union divides the overlap of a predicted and a true box by their combined area; a prediction counts as correct when IoU passes a threshold such as 0.5. Average precision summarizes the precision–recall curve per class, and mAP averages it over classes, sometimes also over IoU thresholds from 0.5 to 0.95. Non-maximum suppression removes duplicate boxes for the same object by keeping the highest-scoring box and dropping others that overlap it strongly.',
    skills: ['object-detection', 'ml-metrics'],
  },
  {
    id: 'cv-small-dataset-pitfalls',
    topic: 'computer-vision',
    rounds: ['take-home', 'onsite'],
    level: 'mid',
    prompt:
      'Your image model gets 98 % on validation but fails on photos from a new site. What happened?',
    answer: [
      'The validation set probably came from the same sites, cameras and sessions as training, often with near-duplicate frames, so it measured memorization.',
      'The model may rely on shortcuts such as background, lighting, watermarks or camera type that correlate with the label.',
      'Split by site or capture session, and keep a test set from a location the model never saw.',
      'Look at saliency maps or crops of mistakes to spot shortcuts, and collect examples from more sites.',
    ],
    skills: ['computer-vision', 'evaluation-design'],
    tags: ['leakage'],
  },
  {
    id: 'cv-edge-deployment',
    topic: 'computer-vision',
    rounds: ['onsite', 'system-design'],
    level: 'mid',
    prompt:
      'A vision model must run on a camera device at 30 frames per second. How do you make it fit?',
    answer: [
      'Pick an architecture built for mobile or edge use (MobileNet, EfficientNet-Lite, small YOLO variants) and a lower input resolution if accuracy allows.',
      'Quantize weights and activations to 8-bit integers, checking accuracy on the test set after each step.',
      'Distil a large teacher model into the small one, or prune channels that contribute little.',
      'Export to a runtime for the target hardware (ONNX Runtime, TensorRT, Core ML, TFLite) and profile latency on the real device, not a laptop.',
    ],
    skills: ['model-optimization', 'computer-vision'],
    tags: ['latency'],
  },
  {
    id: 'cv-rare-defects',
    topic: 'computer-vision',
    rounds: ['onsite', 'system-design'],
    level: 'mid',
    prompt:
      'On a production line, only 1 in 2,000 items has a visible defect. How would you approach detecting them?',
    answer:
      'With so few positives, collect every defect image available, augment them and ask operators to save new ones; consider an anomaly-detection approach trained only on good items, which flags anything unusual. Evaluate with recall on defects at a false-alarm rate the line can tolerate, not with accuracy. Keep a human review step for flagged items at first and feed confirmed cases back into training.',
    skills: ['computer-vision', 'anomaly-detection', 'imbalanced-data'],
  },
];
